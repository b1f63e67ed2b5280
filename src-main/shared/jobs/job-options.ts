import { options } from '../forms/fields'

// Choices of the job and education records, with their Finnish labels: the record dialogs and the job-start, job-end
// and education forms use the same lists, so a record prefills a form with values it knows.

/** Työsuhteen muoto (research §4.8, 8.9). */
export const contractTypeOptions = options(
  ['permanent', 'Toistaiseksi voimassa oleva'],
  ['fixed-term', 'Määräaikainen'],
  ['zero-hours', 'Keikka- tai nollatuntisopimus'],
  ['agency', 'Vuokratyö'],
  ['seasonal', 'Kausityö'],
  ['self-employed', 'Yrittäjä (oma yritys)'],
)

/** Miten työ löytyi (8.19). */
export const howFoundOptions = options(
  ['coach-contact', 'Työhönvalmentajan työnantajakontakti'],
  ['client-with-support', 'Asiakas itse valmentajan tuella'],
  ['own-network', 'Oma verkosto'],
  ['open-application', 'Avoin hakemus'],
  ['other', 'Muu'],
)

/** Päättymisen tapa (10.4); "unsatisfactory" = quit without plans or dismissed (Becker et al. 1998). */
export const jobEndTypeOptions = options(
  ['quit-with-plan', 'Asiakas irtisanoutui – uusi työ tai opiskelu tiedossa'],
  ['quit-without-plan', 'Asiakas irtisanoutui – ei jatkosuunnitelmaa'],
  ['dismissed', 'Työnantaja irtisanoi (henkilöön liittyvä syy)'],
  ['probation-employer', 'Koeaikapurku: työnantaja'],
  ['probation-employee', 'Koeaikapurku: työntekijä'],
  ['redundancy', 'Tuotannolliset tai taloudelliset syyt'],
  ['layoff', 'Lomautus'],
  ['fixed-term-ended', 'Määräaikainen työsuhde päättyi'],
  ['seasonal-ended', 'Kausityö tai keikka päättyi'],
  ['other', 'Muu'],
)

export const UNSATISFACTORY_JOB_ENDS: readonly string[] = ['quit-without-plan', 'dismissed', 'probation-employer']

/** Päättymiseen vaikuttaneet tekijät (10.6). */
export const jobEndFactorOptions = options(
  ['job-dissatisfaction', 'Tyytymättömyys työhön'],
  ['hours-or-pay', 'Työaika tai palkka'],
  ['relationships', 'Vuorovaikutus ja ihmissuhteet'],
  ['mental-health', 'Psyykkinen vointi'],
  ['physical-health', 'Fyysinen terveys'],
  ['substances', 'Päihteet'],
  ['performance', 'Työsuoritus tai laatu'],
  ['attendance', 'Luotettavuus tai poissaolot'],
  ['commute', 'Kulkeminen'],
  ['benefit-effects', 'Vaikutukset etuuksiin'],
  ['family', 'Perhesyyt'],
  ['other', 'Muu'],
)

/** Jatko (10.9). */
export const jobNextStepOptions = options(
  ['new-search', 'Uusi työnhaku'],
  ['studies', 'Opiskelu'],
  ['break', 'Tauko asiakkaan toiveesta'],
  ['closure', 'Valmennuksen päättäminen'],
)

/** Koulutuksen tyyppi (research §4.6, 6.2). */
export const educationTypeOptions = options(
  ['basic-certificate', 'Perusopetuksen päättötodistus'],
  ['upper-secondary', 'Lukio'],
  ['vocational', 'Ammatillinen perustutkinto'],
  ['further-vocational', 'Ammatti- tai erikoisammattitutkinto'],
  ['uas', 'Ammattikorkeakoulu'],
  ['university', 'Yliopisto'],
  ['open-studies', 'Avoin AMK tai yliopisto'],
  ['short-course', 'Lyhytkurssi tai kortti'],
  ['labour-market-training', 'Työvoimakoulutus'],
  ['apprenticeship', 'Oppisopimus'],
  ['other', 'Muu'],
)

export const educationEndTypeOptions = options(
  ['completed', 'Valmistui tai suoritti'],
  ['interrupted', 'Keskeytti'],
  ['other', 'Muu syy'],
)

export const valuesOf = (list: ReadonlyArray<{ value: string }>) =>
  list.map((option) => option.value) as unknown as readonly [string, ...string[]]

export function optionLabel(list: ReadonlyArray<{ value: string; label: string }>, value: string | null): string {
  return list.find((option) => option.value === value)?.label ?? ''
}
