import { disclosureOptions, headerSection } from '../common'
import type { FormValues, PrefillContext, ReportIssue } from '../definition'
import { checkboxes, date, number, options, radio, select, text, textarea, yesNo } from '../fields'
import { OTHER_SIGNERS, signatureSectionWithOthers } from '../revise'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readString, readStrings } from '../values'
import { newestDisclosureDecision } from '../consents'
import { SECTORS } from '../../employers/employer-schema'
import { contractTypeOptions, howFoundOptions } from '../../jobs/job-options'

export const sectorOptions = SECTORS.map(([value, label]) => ({ value, label }))

export const benefitNotificationOptions = options(
  ['kela', 'Kela'],
  ['employment-authority', 'Työvoimaviranomainen'],
  ['pension-provider', 'Työeläkelaitos'],
  ['unemployment-fund', 'Työttömyyskassa'],
  ['not-needed', 'Ei tarvetta'],
)

export const satisfactionOptions = options(
  ['1', '1 – ei lainkaan tyytyväinen'],
  ['2', '2'],
  ['3', '3'],
  ['4', '4'],
  ['5', '5 – erittäin tyytyväinen'],
)

function rules(values: FormValues, report: ReportIssue): void {
  if (isBefore(readString(values, 'paidHoursDate'), readString(values, 'startDate'))) {
    report('paidHoursDate', 'forms.validation.rules.jobStart.paidHoursBeforeStart')
  }
  const notifications = readStrings(values, 'benefitNotifications')
  if (notifications.includes('not-needed') && notifications.length > 1) {
    report('benefitNotifications', 'forms.validation.rules.jobStart.notNeededWithOthers')
  }
}

/** The newest job of the client's records (recorded with "Työ alkoi") fills the report. */
function prefill(context: PrefillContext): FormValues {
  const job = context.jobs?.[0]
  const disclosure = newestDisclosureDecision(context.latest ?? {})
  if (!job) return disclosure ? { disclosureAtJob: disclosure } : {}
  return {
    employerName: job.employerName,
    employerBusinessId: job.employerBusinessId ?? '',
    jobTitle: job.title,
    jobType: job.jobType ?? '',
    startDate: job.startedOn,
    paidHoursDate: job.paidHoursOn ?? '',
    contractType: job.contractType,
    fixedTermUntil: job.fixedTermUntil ?? '',
    hoursPerWeek: job.hoursPerWeek,
    wagePerHour: job.wagePerHour,
    wageAsCoworkers: job.wageAsCoworkers,
    openToAnyone: job.openToAnyone,
    serviceTimeLimit: job.serviceTimeLimit,
    wageSubsidy: job.wageSubsidy,
    wageSubsidyPercent: job.wageSubsidyPercent,
    howFound: job.howFound ?? '',
    ...(disclosure ? { disclosureAtJob: disclosure } : {}),
  }
}

/** Research §4.8: every job start, with the competitive-job test (IPS-25 item 21) and the benefit notifications. */
export const jobStartForm = defineForm({
  id: 'job-start',
  schemaVersion: 1,
  title: 'Työsuhteen aloittaminen',
  purpose:
    'Työsuhteen alkaminen: työpaikka, työaika ja palkka, onko työ kilpailullista avointen työmarkkinoiden työtä, etuusilmoitukset ja tuen aloittaminen.',
  signers: [
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    { role: 'client', nameField: 'clientName', label: 'Asiakas (vapaaehtoinen)', required: false },
    ...OTHER_SIGNERS,
  ],
  sections: [
    headerSection(),
    {
      id: 'job',
      heading: 'Työpaikka',
      fields: [
        text('employerName', 'Työnantaja', { required: true }),
        text('employerBusinessId', 'Y-tunnus'),
        text('workplace', 'Työpaikan osoite tai paikkakunta'),
        text('jobTitle', 'Tehtävänimike', { required: true }),
        text('jobType', 'Ammatti tai työn laji', { help: 'Esimerkiksi ammattiluokituksen nimike.' }),
        select('sector', 'Toimiala', sectorOptions),
      ],
    },
    {
      id: 'terms',
      heading: 'Työsuhde',
      fields: [
        date('startDate', 'Työsuhteen alkamispäivä', { required: true }),
        date('paidHoursDate', 'Vähintään 4 tuntia palkallista työtä tehty (pvm)', {
          required: true,
          help: 'Työn aloitus lasketaan tästä päivästä (IPS Grow).',
        }),
        select('contractType', 'Työsuhteen muoto', contractTypeOptions, { required: true }),
        date('fixedTermUntil', 'Määräaikainen: päättyy', {
          required: true,
          visibleWhen: { field: 'contractType', equals: 'fixed-term' },
        }),
        yesNo('probation', 'Koeaika'),
        date('probationUntil', 'Koeaika päättyy', { visibleWhen: { field: 'probation', equals: true } }),
        number('hoursPerWeek', 'Työaika', { required: true, min: 0.5, max: 168, unit: 'h/vko' }),
        number('wagePerHour', 'Palkka', { required: true, min: 0, max: 1000, unit: '€/h' }),
      ],
    },
    {
      id: 'competitive',
      heading: 'Kilpailullinen työ',
      help: 'Työ on kilpailullista, kun palkka vastaa samaa työtä tekevien palkkaa, paikka on kenen tahansa haettavissa eikä palvelu ole asettanut työlle määräaikaa. Palkkatuki kirjataan erikseen.',
      fields: [
        yesNo('wageAsCoworkers', 'Palkka vastaa työehtosopimusta tai samaa työtä tekevien palkkaa', { required: true }),
        yesNo('openToAnyone', 'Paikka on kenen tahansa haettavissa (ei varattu vammaisille tai osatyökykyisille)', {
          required: true,
        }),
        yesNo('serviceTimeLimit', 'Palvelu on asettanut työlle määräajan', { required: true }),
        yesNo('wageSubsidy', 'Palkkatuki', { required: true }),
        number('wageSubsidyPercent', 'Palkkatuen osuus', {
          min: 1,
          max: 100,
          integer: true,
          unit: '%',
          visibleWhen: { field: 'wageSubsidy', equals: true },
        }),
      ],
    },
    {
      id: 'details',
      heading: 'Lisätiedot',
      fields: [
        select('howFound', 'Miten työ löytyi', howFoundOptions, { required: true }),
        select('disclosureAtJob', 'Kertominen tässä työpaikassa', disclosureOptions, { required: true }),
        textarea('duties', 'Työtehtävät'),
        radio('satisfaction', 'Asiakkaan tyytyväisyys työhön alussa', satisfactionOptions),
        checkboxes('benefitNotifications', 'Etuuksien ilmoitukset tehty', benefitNotificationOptions, {
          required: true,
          help: 'Laskurilla näet, miten palkka vaikuttaa etuuksiin ja kenelle työstä ilmoitetaan.',
        }),
      ],
    },
    signatureSectionWithOthers(),
  ],
  rules,
  prefill,
})
