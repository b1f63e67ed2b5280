import { options } from '../fields'

export const disclosedToEmployerOptions = options(
  ['not-disclosed', 'Ei kerrottu – työnantaja ei tiedä työhönvalmennuksesta'],
  ['coach-role-only', 'Työnantaja tietää työhönvalmennuksesta (ei terveystietoja)'],
  ['general', 'Tuen tarpeesta kerrottu yleisellä tasolla'],
  ['specified', 'Kerrottu tarkemmin sovitun mukaisesti'],
)

export const supportPhaseOptions = options(
  ['active', 'Aktiivinen tuki'],
  ['maintenance', 'Ylläpitävä tuki'],
  ['transition', 'Siirtymä muuhun tukeen'],
)

export const contactFrequencyOptions = options(
  ['weekly', 'Viikoittain'],
  ['biweekly', 'Kahden viikon välein'],
  ['monthly', 'Kuukausittain'],
  ['twice-a-year', 'Kaksi kertaa vuodessa'],
  ['as-needed', 'Tarvittaessa'],
)

export const meetingPlaceOptions = options(
  ['at-workplace', 'Työpaikalla'],
  ['outside-workplace', 'Työpaikan ulkopuolella'],
  ['phone', 'Puhelimitse'],
  ['video', 'Videoyhteydellä'],
)

export const supportProviderOptions = options(
  ['coach', 'Työhönvalmentaja'],
  ['care-team', 'Hoitotaho'],
  ['family', 'Läheinen'],
  ['co-worker', 'Työkaveri tai mentori'],
  ['supervisor', 'Esihenkilö'],
  ['occupational-health', 'Työterveyshuolto'],
  ['other', 'Muu'],
)
