import { disclosureOptions, headerSection } from '../common'
import type { FormValues, PrefillContext, ReportIssue } from '../definition'
import { confirm, options, radio, select, text, textarea } from '../fields'
import { OTHER_SIGNERS, signatureSectionWithOthers } from '../revise'
import { defineForm } from '../schema'
import { readString } from '../values'
import { newestDisclosureDecision } from '../consents'

export const employerContactFrequencyOptions = options(
  ['weekly-first-month', 'Viikoittain ensimmäisen kuukauden ajan, sen jälkeen sovitusti'],
  ['monthly', 'Kuukausittain'],
  ['as-needed', 'Tarvittaessa'],
)

export const defaultCoachRoleAtWork =
  'Työhönvalmentaja tukee asiakasta ja työnantajaa työn alussa ja työsuhteen aikana: perehdytyksen suunnittelu, ' +
  'työtehtävien sovittaminen, ongelmatilanteiden ratkaiseminen ja säännöllinen palaute.'

export const confidentialityText =
  'Työnantaja käsittelee asiakasta koskevia tietoja luottamuksellisina eikä kerro niitä muille ilman asiakkaan lupaa. ' +
  'Työhönvalmentaja kertoo työnantajalle vain sen, mistä asiakkaan kanssa on sovittu.'

function rules(values: FormValues, report: ReportIssue): void {
  if (['no-contact', 'undecided'].includes(readString(values, 'disclosureDecision'))) {
    report('disclosureDecision', 'forms.validation.rules.employerCooperation.disclosureNotAllowed')
  }
}

/** The newest job of the records and the newest disclosure decision and wording. */
function prefill(context: PrefillContext): FormValues {
  const job = context.jobs?.find((candidate) => candidate.endedOn === null)
  const plan = context.latest?.['disclosure-plan']
  return {
    ...(job
      ? { employerName: job.employerName, employerBusinessId: job.employerBusinessId ?? '', jobTitle: job.title }
      : {}),
    disclosureDecision: newestDisclosureDecision(context.latest ?? {}) ?? '',
    whatMayBeShared: readString(plan, 'whatToSay'),
  }
}

/** Research §4.7 (b): the employer cooperation agreement, once an employer hires (or agrees to a trial). */
export const employerCooperationForm = defineForm({
  id: 'employer-cooperation',
  schemaVersion: 1,
  title: 'Työskentely työnantajan kanssa – yhteistyösopimus',
  purpose:
    'Työnantaja, asiakas ja työhönvalmentaja sopivat työhönvalmentajan roolista työpaikalla, yhteydenpidosta ja siitä, mitä työnantajalle saa kertoa.',
  signers: [
    { role: 'employer', nameField: 'employerContact', label: 'Työnantajan edustaja', required: true },
    { role: 'client', nameField: 'clientName', label: 'Asiakas', required: true },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    ...OTHER_SIGNERS,
  ],
  sections: [
    headerSection(),
    {
      id: 'employer',
      heading: 'Työnantaja',
      fields: [
        text('employerName', 'Työnantaja', { required: true }),
        text('employerBusinessId', 'Y-tunnus'),
        text('employerContact', 'Työnantajan yhteyshenkilö', { required: true }),
        text('employerContactRole', 'Yhteyshenkilön tehtävä'),
        text('jobTitle', 'Asiakkaan tehtävä'),
      ],
    },
    {
      id: 'role',
      heading: 'Työhönvalmentajan rooli ja yhteydenpito',
      fields: [
        textarea('coachRole', 'Työhönvalmentajan rooli työpaikalla', {
          required: true,
          defaultValue: defaultCoachRoleAtWork,
        }),
        radio('contactFrequency', 'Sovittu yhteydenpito', employerContactFrequencyOptions, { required: true }),
        textarea('workplaceVisits', 'Milloin työhönvalmentaja voi käydä työpaikalla'),
      ],
    },
    {
      id: 'confidentiality',
      heading: 'Mitä työnantajalle voidaan kertoa',
      fields: [
        select('disclosureDecision', 'Asiakkaan kertomispäätös', disclosureOptions, { required: true }),
        textarea('whatMayBeShared', 'Sovittu sisältö'),
        confirm('confidentiality', confidentialityText, { required: true }),
      ],
      print: { keepTogether: true },
    },
    signatureSectionWithOthers(),
  ],
  rules,
  prefill,
})
