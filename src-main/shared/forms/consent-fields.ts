import type { ConsentRow, ConsentsField, Option } from './definition'
import { checkboxes, date, options, radio, select, text, yesNo } from './fields'

/** Recipients (research §4.2 Part B party list; TE-palvelut are now the municipal employment authority). */
export const consentParties = options(
  ['care-team', 'Hoitotaho / psykiatrinen hoitotiimi'],
  ['employment-authority', 'Työvoimaviranomainen (kunta / työllisyysalue, ent. TE-palvelut)'],
  ['kela', 'Kela'],
  ['employer', 'Työnantaja (nimetty)'],
  ['pension-provider', 'Työeläkelaitos'],
  ['school', 'Oppilaitos'],
  ['previous-employer', 'Aiempi työnantaja (suosittelija)'],
  ['family', 'Läheinen'],
  ['social-services', 'Sosiaalitoimi / etuusneuvonta'],
  ['other', 'Muu'],
)

export const consentDirections: readonly Option[] = options(
  ['give', 'Tietojen luovuttaminen taholle'],
  ['receive', 'Tietojen pyytäminen taholta'],
  ['both', 'Molemmat'],
)

/** Health data and diagnosis are separate ticks: Kela requires special categories to be named explicitly. */
export const consentDataContents = options(
  ['contact', 'Yhteystiedot'],
  ['goals-progress', 'Valmennuksen tavoitteet ja eteneminen'],
  ['work-education-history', 'Työ- ja koulutushistoria'],
  ['employment', 'Työsuhteen tiedot (työnantaja, alkamis- ja päättymispäivä, työaika, palkka)'],
  ['benefits', 'Etuustiedot'],
  ['health', 'Terveystiedot siltä osin kuin ne vaikuttavat työhön tai tuen tarpeeseen'],
  ['diagnosis', 'Diagnoosi'],
  ['other', 'Muu, mikä'],
)

export const consentValidities = options(
  ['until-end', 'Työhönvalmennuksen päättymiseen asti'],
  ['until-date', 'Päivämäärään asti'],
)

const consentRowFields = [
  select('party', 'Taho', consentParties, { required: true }),
  text('partyName', 'Tahon nimi / yhteyshenkilö', {
    required: true,
    help: 'Suostumuksen on oltava yksilöity: kirjoita organisaation ja mahdollisuuksien mukaan henkilön nimi.',
  }),
  radio('direction', 'Suunta', consentDirections, { required: true }),
  checkboxes('dataContent', 'Tietosisältö', consentDataContents, { required: true }),
  text('dataContentOther', 'Muu tietosisältö', {
    required: true,
    visibleWhen: { field: 'dataContent', includes: 'other' },
  }),
  text('purpose', 'Käyttötarkoitus', { required: true }),
  radio('validity', 'Voimassa', consentValidities, { required: true }),
  date('validUntil', 'Voimassa asti (pvm)', {
    required: true,
    visibleWhen: { field: 'validity', equals: 'until-date' },
  }),
  yesNo('consent', 'Suostumus', { required: true, yesLabel: 'Suostun', noLabel: 'En suostu' }),
  date('givenOn', 'Annettu (pvm)', { required: true }),
  date('withdrawnOn', 'Peruutettu (pvm)', {
    help: 'Suostumuksen voi peruuttaa milloin tahansa. Peruutuksen jälkeen tietoja ei enää luovuteta.',
  }),
] as const

export function consentsField(
  id: string,
  label: string,
  extra: Partial<Pick<ConsentsField, 'required' | 'minRows' | 'help' | 'readOnly' | 'visibleWhen' | 'print'>> & {
    defaultRows?: readonly Partial<ConsentRow>[]
  } = {},
): ConsentsField {
  return {
    id,
    label,
    kind: 'consents',
    fields: consentRowFields,
    addLabel: 'Lisää suostumus',
    rowLabel: 'Suostumus',
    print: { as: 'table' },
    ...extra,
  }
}
