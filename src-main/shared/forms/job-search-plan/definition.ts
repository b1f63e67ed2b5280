import { disclosureOptions, headerSection, signatureSection } from '../common'
import { addDays, isIsoDate } from '../../dates/dates'
import type { FormValues, PrefillContext, ReportIssue } from '../definition'
import { checkboxes, date, radio, rows, select, text, textarea } from '../fields'
import { hoursPreferenceOptions, transportOptions } from '../vocational-profile/options'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readNumber, readRows, readString, readStrings } from '../values'
import {
  actionStatusOptions,
  benefitsCounsellingPlanOptions,
  materialOptions,
  responsibleOptions,
  searchMethodOptions,
} from './options'

/** IPS-25 item 15: the first face-to-face employer contact within 30 days of entry. */
export const FIRST_EMPLOYER_CONTACT_DAYS = 30

function rules(values: FormValues, report: ReportIssue): void {
  if (isBefore(readString(values, 'reviewDate'), readString(values, 'planDate'))) {
    report('reviewDate', 'forms.validation.rules.jobSearchPlan.reviewBeforePlanDate')
  }
  if (
    readString(values, 'disclosureDecision') === 'no-contact' &&
    readStrings(values, 'searchMethods').includes('coach-contacts-employers')
  ) {
    report('searchMethods', 'forms.validation.rules.jobSearchPlan.noEmployerContactAllowed')
  }
  readRows(values, 'actionSteps').forEach((row, index) => {
    if (isBefore(readString(row, 'doneDate'), readString(values, 'planDate'))) {
      report(`actionSteps.${index}.doneDate`, 'forms.validation.rules.jobSearchPlan.doneBeforePlanDate')
    }
  })
}

function labelOf(options: ReadonlyArray<{ value: string; label: string }>, value: string): string | undefined {
  return options.find((option) => option.value === value)?.label
}

/** "Osa-aikatyö, 20 h/vko; Julkinen liikenne; enintään 45 min; Joensuu" from the profile. */
function hoursAndLocationFromProfile(profile: FormValues): string {
  const hours = labelOf(hoursPreferenceOptions, readString(profile, 'hoursPreference'))
  const perWeek = readNumber(profile, 'hoursPerWeek')
  const transport = readStrings(profile, 'transport')
    .map((value) => labelOf(transportOptions, value))
    .filter(Boolean)
    .join(', ')
  const commute = readNumber(profile, 'maxCommuteMinutes')
  const parts = [
    [hours, perWeek !== null ? `${perWeek} h/vko` : undefined].filter(Boolean).join(', '),
    transport,
    commute !== null ? `työmatka enintään ${commute} min` : '',
    readString(profile, 'preferredAreas'),
  ]
  return parts.filter((part) => part !== '').join('; ')
}

function prefill(context: PrefillContext): FormValues {
  const result: FormValues = {}
  const profile = context.latest?.['vocational-profile']
  const agreement = context.latest?.['cooperation-agreement']
  if (profile) {
    const jobs = readRows(profile, 'preferredJobs')
      .map((row) => ({ jobTitle: readString(row, 'jobTitle'), occupationCode: readString(row, 'occupationCode') }))
      .filter((row) => row.jobTitle !== '')
    if (jobs.length > 0) result['targetJobs'] = jobs
    const hoursAndLocation = hoursAndLocationFromProfile(profile)
    if (hoursAndLocation !== '') result['hoursAndLocation'] = hoursAndLocation
  }
  const disclosure = readString(profile, 'disclosurePreference') || readString(agreement, 'employerDisclosure')
  if (disclosure !== '') result['disclosureDecision'] = disclosure
  const entryDate = readString(agreement, 'entryDate')
  if (isIsoDate(entryDate)) result['firstEmployerContactTarget'] = addDays(entryDate, FIRST_EMPLOYER_CONTACT_DAYS)
  return result
}

export const jobSearchPlanForm = defineForm({
  id: 'job-search-plan',
  schemaVersion: 1,
  title: 'Työnhakusuunnitelma',
  purpose:
    'Ammatillisen profiilin pohjalta laadittu yksilöllinen työnhaku: kohdetyöt ja -työnantajat asiakkaan toiveiden mukaan, konkreettiset askeleet, vastuut ja aikataulu.',
  signers: [
    { role: 'client', nameField: 'clientName', label: 'Asiakas', required: true },
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
  ],
  sections: [
    headerSection(),
    {
      id: 'plan',
      heading: 'Suunnitelma ja tavoite',
      fields: [
        date('planDate', 'Suunnitelman päivämäärä', { required: true, prefill: 'today' }),
        date('reviewDate', 'Seuraava tarkistus', {
          required: true,
          help: 'Suunnitelma tarkistetaan vähintään kolmen kuukauden välein ja aina työtilanteen muuttuessa.',
        }),
        textarea('employmentGoal', 'Työtavoite omin sanoin', {
          required: true,
          prefill: 'latest:vocational-profile.workGoal',
        }),
      ],
    },
    {
      id: 'targets',
      heading: 'Kohdetyöt ja työnantajat',
      fields: [
        rows(
          'targetJobs',
          'Kohdeammatit ja -tehtävät',
          [
            text('jobTitle', 'Työtehtävä tai ammatti', { required: true }),
            text('occupationCode', 'Ammattiluokka (valinnainen)'),
          ],
          {
            required: true,
            minRows: 1,
            addLabel: 'Lisää kohdetehtävä',
            rowLabel: 'Kohdetehtävä',
            print: { as: 'table' },
          },
        ),
        rows(
          'targetEmployers',
          'Kohdetyönantajat tai toimialat',
          [text('employer', 'Työnantaja tai toimiala', { required: true }), text('note', 'Miksi juuri tämä')],
          {
            required: true,
            minRows: 1,
            addLabel: 'Lisää työnantaja',
            rowLabel: 'Kohdetyönantaja',
            help: 'Valitse työnantajat asiakkaan toiveiden mukaan, ei sen mukaan mitä on helposti tarjolla.',
            print: { as: 'table' },
          },
        ),
        text('hoursAndLocation', 'Työaika- ja sijaintitoiveet', { required: true }),
      ],
    },
    {
      id: 'methods',
      heading: 'Työnhaun tavat',
      fields: [
        select('disclosureDecision', 'Mitä työnantajille kerrotaan', disclosureOptions, { required: true }),
        checkboxes('searchMethods', 'Työnhakutavat', searchMethodOptions, { required: true }),
        checkboxes('materials', 'Tarvittavat asiakirjat', materialOptions),
        date('firstEmployerContactTarget', 'Ensimmäinen työnantajakontakti viimeistään', {
          required: true,
          help: 'Tavoite: henkilökohtainen työnantajatapaaminen 30 päivän kuluessa valmennuksen alusta.',
        }),
        radio('benefitsCounselling', 'Etuusneuvonta ennen työn aloittamista', benefitsCounsellingPlanOptions, {
          required: true,
        }),
        date('benefitsCounsellingDate', 'Sovittu etuusneuvonta (pvm)', {
          required: true,
          visibleWhen: { field: 'benefitsCounselling', equals: 'agreed' },
        }),
        textarea('careTeamRole', 'Hoitotahon tuki työnhaussa'),
      ],
    },
    {
      id: 'actions',
      heading: 'Toimenpiteet',
      fields: [
        rows(
          'actionSteps',
          'Toimenpiteet',
          [
            text('action', 'Toimenpide', { required: true }),
            select('responsible', 'Vastuuhenkilö', responsibleOptions, { required: true }),
            date('targetDate', 'Tavoitepäivä', { required: true }),
            select('status', 'Tila', actionStatusOptions, { required: true, defaultValue: 'planned' }),
            date('doneDate', 'Toteutui (pvm)', { required: true, visibleWhen: { field: 'status', equals: 'done' } }),
          ],
          { required: true, minRows: 1, addLabel: 'Lisää toimenpide', rowLabel: 'Toimenpide', print: { as: 'table' } },
        ),
      ],
    },
    signatureSection('Hoitotahon yhteyshenkilö saa suunnitelmasta kopion, jos asiakas on antanut siihen suostumuksen.'),
  ],
  rules,
  prefill,
})
