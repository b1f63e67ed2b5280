import type { FieldDescriptor, Option, SectionDescriptor } from './definition'
import { date, options, phone, select, email, text, yesNo } from './fields'

export const languageOptions = options(
  ['fi', 'suomi'],
  ['sv', 'ruotsi'],
  ['se', 'pohjoissaame'],
  ['smn', 'inarinsaame'],
  ['sms', 'koltansaame'],
  ['en', 'englanti'],
  ['other', 'muu'],
)

interface HeaderOptions {
  /** Only where the receiving register needs it (data minimisation, research §2.1 H2). */
  henkilotunnus?: boolean
  /** Client's phone and e-mail in the header (referral, agreement). */
  contactDetails?: boolean
}

/** The coach's phone and e-mail, prefilled from Settings, so the client can reach the coach (the agreement's header). */
export const coachContactFields = [
  phone('coachPhone', 'Työhönvalmentajan puhelinnumero', { prefill: 'coach.phone' }),
  email('coachEmail', 'Työhönvalmentajan sähköposti', { prefill: 'coach.email' }),
] as const

/** Common header (research §2.1). The internal client id and version are added by the engine, not stored here. */
export function headerSection(opts: HeaderOptions = {}): SectionDescriptor {
  const fields: FieldDescriptor[] = [
    text('clientName', 'Asiakkaan nimi', { required: true, prefill: 'client.fullName' }),
    date('clientDateOfBirth', 'Syntymäaika', { prefill: 'client.dateOfBirth' }),
  ]
  if (opts.henkilotunnus) {
    fields.push(text('clientHenkilotunnus', 'Henkilötunnus', { prefill: 'client.henkilotunnus', maxLength: 11 }))
  }
  if (opts.contactDetails) {
    fields.push(
      phone('clientPhone', 'Asiakkaan puhelinnumero', { prefill: 'client.phone' }),
      email('clientEmail', 'Asiakkaan sähköposti', { prefill: 'client.email' }),
    )
  }
  fields.push(
    text('clientMunicipality', 'Kotikunta', { prefill: 'client.municipality' }),
    text('coachName', 'IPS-työhönvalmentaja', { required: true, prefill: 'coach.name' }),
    text('coachUnit', 'Yksikkö / hyvinvointialue', { prefill: 'coach.unit' }),
    text('treatingUnit', 'Hoitotaho', { required: true, prefill: 'client.treatingUnit' }),
    text('nurseName', 'Yhteyshenkilö hoitotahossa (omahoitaja)', { prefill: 'client.nurseName' }),
    date('formDate', 'Lomakkeen päivämäärä', { required: true, prefill: 'today' }),
    select('language', 'Asiointikieli', languageOptions, { defaultValue: 'fi' }),
    yesNo('interpreterNeeded', 'Tulkki tarvitaan'),
  )
  return { id: 'header', heading: 'Perustiedot', role: 'header', fields, print: { keepTogether: true } }
}

/**
 * Place/date and copy-to-client (research §2.2). The signatures themselves (paper or on-screen) are recorded
 * by the engine on the finalised version, one per signer role of the definition.
 */
export function signatureSection(help?: string): SectionDescriptor {
  return {
    id: 'signatures',
    heading: 'Allekirjoitukset',
    role: 'signatures',
    ...(help ? { help } : {}),
    fields: [
      text('signingPlace', 'Paikka', { print: { blankLines: 1 } }),
      date('signingDate', 'Päivämäärä', { prefill: 'today' }),
      yesNo('copyGivenToClient', 'Asiakas sai kopion'),
    ],
    print: { keepTogether: true },
  }
}

/** Disclosure decision toward employers (research §4.4 decision 4.3), used by several forms. */
export const disclosureOptions: readonly Option[] = options(
  ['no-contact', 'Työhönvalmentaja ei ota yhteyttä työnantajiin – asiakas hakee itse, terveydestä ei kerrota'],
  ['coach-role-only', 'Työhönvalmentaja saa kertoa toimivansa työhönvalmentajana (ei terveystietoja)'],
  ['general', 'Saa kertoa yleisellä tasolla terveyteen liittyvästä tuen tarpeesta'],
  ['specified', 'Saa kertoa tarkemmin sovitun sisällön'],
  ['undecided', 'Ei vielä päätetty – päätetään ammatillisen profiloinnin aikana'],
)

/** In-work support types (research §4.9 item 9.5); also the profile's anticipated supports. */
export const supportTypeOptions = options(
  ['induction', 'Perehdytyksen tuki työpaikalla'],
  ['adjustments', 'Työtehtävien tai työajan mukauttaminen'],
  ['symptom-management', 'Oireiden hallinta työssä'],
  ['conversation-practice', 'Keskustelujen harjoittelu (esihenkilö, työkaverit)'],
  ['problem-solving', 'Ongelmanratkaisu'],
  ['commute-practice', 'Työmatkojen harjoittelu'],
  ['reminder-calls', 'Herätys- tai muistutuspuhelut'],
  ['employer-feedback', 'Palautekeskustelut työnantajan kanssa'],
  ['benefit-reports', 'Etuus- ja tuloilmoitukset'],
  ['budgeting', 'Talouden suunnittelu'],
  ['work-clothing', 'Työvaatteet ja varusteet'],
  ['career', 'Palkankorotus ja urakehitys'],
  ['study-and-work', 'Opintojen yhdistäminen työhön'],
  ['family-meetings', 'Läheisten tapaaminen'],
  ['other', 'Muu'],
)
