import { headerSection } from '../common'
import type { FormValues, PrefillContext, ReportIssue } from '../definition'
import { checkboxes, date, select, text, textarea } from '../fields'
import { OTHER_SIGNERS, signatureSectionWithOthers } from '../revise'
import { isBefore } from '../rules'
import { defineForm } from '../schema'
import { readString } from '../values'
import { jobEndFactorOptions, jobEndTypeOptions, jobNextStepOptions } from '../../jobs/job-options'

function rules(values: FormValues, report: ReportIssue): void {
  if (isBefore(readString(values, 'endDate'), readString(values, 'startDate'))) {
    report('endDate', 'forms.validation.rules.jobEnd.endBeforeStart')
  }
}

/** The newest ended job of the client's records (recorded with "Työ päättyi") fills the report. */
function prefill(context: PrefillContext): FormValues {
  const job = context.jobs?.find((candidate) => candidate.endedOn !== null)
  if (!job) return {}
  return {
    employerName: job.employerName,
    jobTitle: job.title,
    startDate: job.startedOn,
    endDate: job.endedOn ?? '',
    endType: job.endType ?? '',
    factors: [...job.endFactors],
    lessons: job.lessons ?? '',
    nextStep: job.nextStep ?? '',
  }
}

/** Research §4.10: how a job ended, what contributed, what was learned (for the profile) and what comes next. */
export const jobEndForm = defineForm({
  id: 'job-end',
  schemaVersion: 1,
  title: 'Työsuhteen päättyminen',
  purpose:
    'Työsuhteen päättyminen: miten ja miksi työ päättyi, mitä opittiin ammatilliseen profiiliin ja miten jatketaan.',
  signers: [
    { role: 'coach', nameField: 'coachName', label: 'IPS-työhönvalmentaja', required: true },
    { role: 'client', nameField: 'clientName', label: 'Asiakas (vapaaehtoinen)', required: false },
    ...OTHER_SIGNERS,
  ],
  sections: [
    headerSection(),
    {
      id: 'job',
      heading: 'Työsuhde',
      fields: [
        text('employerName', 'Työnantaja', { required: true }),
        text('jobTitle', 'Tehtävä', { required: true }),
        date('startDate', 'Työsuhde alkoi', { required: true }),
        date('endDate', 'Työsuhde päättyi', { required: true }),
      ],
    },
    {
      id: 'ending',
      heading: 'Päättyminen',
      fields: [
        select('endType', 'Päättymisen tapa', jobEndTypeOptions, { required: true }),
        checkboxes('factors', 'Päättymiseen vaikuttaneet tekijät', jobEndFactorOptions),
        textarea('lessons', 'Mitä opittiin (ammatilliseen profiiliin)', {
          required: true,
          help: 'Mikä toimi ja mikä ei: näiden avulla seuraava työ valitaan paremmin.',
        }),
        date('contactAfterDate', 'Yhteydenotto asiakkaaseen tiedon saamisen jälkeen (pvm)', {
          required: true,
          help: 'Tavoite: kolmen päivän kuluessa siitä, kun työn päättymisestä tiedetään.',
        }),
        select('nextStep', 'Jatko', jobNextStepOptions, { required: true }),
      ],
    },
    signatureSectionWithOthers(),
  ],
  rules,
  prefill,
})
