import { options } from '../fields'

export const searchMethodOptions = options(
  ['coach-contacts-employers', 'Työhönvalmentaja ottaa yhteyttä työnantajiin'],
  ['client-contacts', 'Asiakas ottaa itse yhteyttä'],
  ['together', 'Yhteydenotot yhdessä'],
  ['open-vacancies', 'Avoimet työpaikat'],
  ['hidden-jobs', 'Piilotyöpaikat'],
  ['own-network', 'Oma verkosto'],
  ['recruitment-events', 'Rekrytointitapahtumat'],
)

export const materialOptions = options(
  ['cv', 'Ansioluettelo (CV)'],
  ['application-template', 'Hakemuspohja'],
  ['work-certificates', 'Työtodistukset'],
  ['references', 'Suosittelijat'],
  ['portfolio', 'Portfolio'],
  ['introduction', 'Esittelyteksti työnantajalle'],
)

export const responsibleOptions = options(
  ['client', 'Asiakas'],
  ['coach', 'Työhönvalmentaja'],
  ['together', 'Asiakas ja työhönvalmentaja yhdessä'],
  ['care-team', 'Hoitotaho'],
  ['family', 'Läheinen'],
  ['other', 'Muu'],
)

export const actionStatusOptions = options(
  ['planned', 'Suunniteltu'],
  ['in-progress', 'Käynnissä'],
  ['done', 'Tehty'],
  ['not-done', 'Ei toteutunut'],
)

export const benefitsCounsellingPlanOptions = options(
  ['done', 'Tehty'],
  ['agreed', 'Sovittu'],
  ['not-needed', 'Ei tarpeen'],
)
