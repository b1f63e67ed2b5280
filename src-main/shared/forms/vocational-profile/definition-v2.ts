import type { FormValues, JobContext, PrefillContext, RowValues } from '../definition'
import { checkboxes } from '../fields'
import { reviseForm } from '../revise'
import { readRows, readString } from '../values'
import { benefitOptionsV2 } from './benefit-options'
import { vocationalProfileForm } from './definition'

/** A job record's end as the work history's "päättymisen syy". */
const END_REASON_OF: Record<string, string> = {
  'probation-employer': 'probation-ended',
  'probation-employee': 'probation-ended',
}

const sameJob = (row: RowValues, job: JobContext) =>
  readString(row, 'employer').toLowerCase() === job.employerName.toLowerCase() &&
  readString(row, 'jobTitle').toLowerCase() === job.title.toLowerCase() &&
  [job.startedOn, ''].includes(readString(row, 'startDate'))

/**
 * A new profile starts from the newest one (a living document) and adds the jobs of the client's records that its
 * work history does not have yet: dates, hours, how the job ended and what was learned (research 3.11, 3.33, 10.7).
 */
function prefillFromRecords(context: PrefillContext, today: string): FormValues {
  const previous = context.latest?.['vocational-profile']
  const history = readRows(previous, 'workHistory')
  const newJobs = (context.jobs ?? []).filter((job) => !history.some((row) => sameJob(row, job)))
  const result: FormValues = {}
  if (previous) {
    const carried = vocationalProfileForm.sections
      .filter((section) => section.role === undefined)
      .flatMap((section) => section.fields.map((field) => field.id))
    for (const id of carried) if (id in previous) result[id] = previous[id]
  }
  if (newJobs.length === 0) return result
  result['workHistory'] = [
    ...newJobs.map((job) => ({
      employer: job.employerName,
      jobTitle: job.title,
      startDate: job.startedOn,
      endDate: job.endedOn ?? '',
      workingHours: `${String(job.hoursPerWeek).replace('.', ',')} h/vko`,
      whatWentWell: '',
      whatWasHard: '',
      endReason: job.endedOn ? (END_REASON_OF[job.endType ?? ''] ?? job.endType ?? '') : 'still-employed',
      lessons: job.lessons ?? '',
    })),
    ...history,
  ]
  const ended = newJobs.filter((job) => job.endedOn && job.lessons)
  if (ended.length > 0) {
    result['updateLog'] = [
      ...readRows(previous, 'updateLog'),
      ...ended.map((job) => ({ date: today, note: `Työsuhde päättyi (${job.employerName}): ${job.lessons}` })),
    ]
  }
  return result
}

/**
 * Version 2 (domain review): the benefit list is the calculator's (yleistuki, Kela and earnings-related pensions
 * apart, both housing allowances, guarantee pension, debts and enforcement); the work history is prefilled from
 * the job records; guardian and interpreter signatures.
 */
export const vocationalProfileFormV2 = reviseForm(vocationalProfileForm, {
  schemaVersion: 2,
  replaceFields: {
    benefits: checkboxes('benefits', 'Nykyiset etuudet ja velat', benefitOptionsV2, {
      required: true,
      help: 'Samat etuudet kuin laskurissa; laskuri näyttää, miten palkka vaikuttaa niihin.',
    }),
  },
  extraPrefill: prefillFromRecords,
  otherSigners: true,
})
