import { options } from '../fields'

export const closureReasonOptions = options(
  ['client-wish', 'Asiakkaan toive'],
  ['not-reached', 'Asiakasta ei ole tavoitettu kahteen kuukauteen yrityksistä huolimatta'],
  ['support-completed', 'Ylläpitävä tuki toteutettu – asiakas pärjää ilman tukea'],
  ['not-progressing', 'Palvelu ei etene (yhteinen arvio)'],
  ['transferred', 'Siirtyi muuhun palveluun'],
  ['moved-away', 'Muutti pois alueelta'],
  ['treatment-ended', 'Hoitosuhde päättyi'],
  ['deceased', 'Asiakas kuoli'],
  ['other', 'Muu'],
)

export const outreachMethodOptions = options(
  ['phone', 'Puhelu'],
  ['sms', 'Tekstiviesti'],
  ['letter', 'Kirje'],
  ['home-visit', 'Kotikäynti'],
  ['via-care-team', 'Hoitotahon kautta'],
  ['via-family', 'Läheisen kautta'],
)

export const outreachByOptions = options(
  ['coach', 'Työhönvalmentaja'],
  ['care-team', 'Hoitotaho'],
  ['together', 'Yhdessä'],
)

export const phaseOptions = options(
  ['1', '1 Aloitus ja sopiminen'],
  ['2', '2 Ammatillinen profilointi'],
  ['3', '3 Työn etsintä'],
  ['4', '4 Työskentely työnantajan kanssa'],
  ['5', '5 Työsuhteen aikainen tuki'],
)

export const statusAtClosureOptions = options(
  ['competitive-work', 'Työssä avoimilla työmarkkinoilla'],
  ['other-work', 'Työssä (muu työ)'],
  ['studying', 'Opiskelee'],
  ['work-and-study', 'Työssä ja opiskelee'],
  ['unemployed', 'Työtön työnhakija'],
  ['outside-labour-force', 'Työvoiman ulkopuolella'],
  ['unknown', 'Ei tiedossa'],
)
