import { options } from '../fields'

export const infoSourceOptions = options(
  ['client', 'Asiakas'],
  ['care-team', 'Hoitotiimi'],
  ['records', 'Potilasasiakirjat'],
  ['family', 'Läheinen (suostumuksella)'],
  ['previous-employer', 'Aiempi työnantaja (suostumuksella)'],
  ['school', 'Oppilaitos'],
  ['other', 'Muu'],
)

export const hoursPreferenceOptions = options(
  ['full-time', 'Kokoaikatyö'],
  ['part-time', 'Osa-aikatyö'],
  ['open', 'Ei vielä tiedossa / avoin'],
)

export const shiftOptions = options(
  ['day', 'Päivä'],
  ['evening', 'Ilta'],
  ['night', 'Yö'],
  ['weekend', 'Viikonloppu'],
  ['flexible', 'Joustava'],
  ['shift-work-ok', 'Vuorotyö sopii'],
)

export const environmentOptions = options(
  ['indoors', 'Sisätyö'],
  ['outdoors', 'Ulkotyö'],
  ['alone', 'Työskentely yksin'],
  ['team', 'Työskentely tiimissä'],
  ['customer-work', 'Asiakastyö'],
  ['no-customer-work', 'Ei asiakastyötä'],
  ['calm', 'Rauhallinen ympäristö'],
  ['busy', 'Vilkas ympäristö'],
  ['physical', 'Fyysinen työ'],
  ['seated', 'Istumatyö'],
  ['routines', 'Selkeät rutiinit'],
  ['variety', 'Vaihtelevuus'],
)

export const transportOptions = options(
  ['public-transport', 'Julkinen liikenne'],
  ['own-car', 'Oma auto'],
  ['bicycle', 'Pyörä'],
  ['walking', 'Kävely'],
  ['transport-support', 'Kuljetustuki'],
)

/** Same categories as a job end (research §4.10), shortened for the work-history rows. */
export const jobEndReasonOptions = options(
  ['quit-with-plan', 'Irtisanoutui – uusi työ tai opiskelu tiedossa'],
  ['quit-without-plan', 'Irtisanoutui – ei jatkosuunnitelmaa'],
  ['dismissed', 'Työnantaja irtisanoi (henkilöön liittyvä syy)'],
  ['probation-ended', 'Koeaikapurku'],
  ['redundancy', 'Tuotannolliset tai taloudelliset syyt'],
  ['layoff', 'Lomautus'],
  ['fixed-term-ended', 'Määräaikainen työsuhde päättyi'],
  ['seasonal-ended', 'Kausityö tai keikka päättyi'],
  ['health', 'Terveydelliset syyt'],
  ['still-employed', 'Työsuhde jatkuu'],
  ['other', 'Muu'],
)

export const educationLevelOptions = options(
  ['basic', 'Peruskoulu'],
  ['upper-secondary-general', 'Toinen aste: lukio'],
  ['upper-secondary-vocational', 'Toinen aste: ammatillinen'],
  ['uas', 'Ammattikorkeakoulu'],
  ['university', 'Yliopisto'],
  ['other', 'Muu koulutus tai kurssi'],
)

export const educationStatusOptions = options(
  ['completed', 'Valmistunut'],
  ['ongoing', 'Kesken'],
  ['interrupted', 'Keskeytynyt'],
)

export const licenceOptions = options(
  ['hygiene-passport', 'Hygieniapassi'],
  ['occupational-safety-card', 'Työturvallisuuskortti'],
  ['alcohol-passport', 'Anniskelupassi'],
  ['hot-work-card', 'Tulityökortti'],
  ['driving-licence', 'Ajokortti'],
  ['forklift', 'Trukkikortti'],
  ['first-aid', 'Ensiapukortti (EA)'],
  ['security-guard', 'Järjestyksenvalvojakortti'],
  ['other', 'Muu'],
)

export const serviceOptions = options(
  ['completed', 'Suoritettu'],
  ['not-done', 'Ei suoritettu'],
  ['exempt', 'Vapautettu'],
  ['not-relevant', 'Ei tarvetta kertoa'],
)

export const benefitOptions = options(
  ['unemployment-basic', 'Työttömyysetuus: työmarkkinatuki tai peruspäiväraha'],
  ['unemployment-earnings', 'Työttömyysetuus: ansiopäiväraha'],
  ['sickness-allowance', 'Sairauspäiväraha'],
  ['rehabilitation-subsidy', 'Kuntoutustuki (määräaikainen eläke)'],
  ['disability-pension', 'Työkyvyttömyyseläke (Kela tai työeläke)'],
  ['partial-disability-pension', 'Osatyökyvyttömyyseläke'],
  ['rehabilitation-allowance', 'Kuntoutusraha'],
  ['housing-allowance', 'Asumistuki'],
  ['social-assistance', 'Toimeentulotuki'],
  ['disability-benefit', 'Vammaisetuus'],
  ['study-grant', 'Opintotuki'],
  ['none', 'Ei etuuksia'],
  ['other', 'Muu'],
)

export const benefitsCounsellingOptions = options(
  ['needed', 'Tarvitaan – ohjattu etuusneuvontaan'],
  ['done', 'Tehty'],
  ['not-needed', 'Ei tarvetta'],
)
