// Suggested IPS-25 scores for the items the records can tell (items 1, 15, 19, 20, 21, 23), each with the numbers
// behind it and a Finnish explanation, so the form can show why a score was pre-filled. The team confirms or
// changes every suggestion; the other 19 items are scored by the team.
import { num, pct } from '../../benefits/round'
import { addCalendarMonths, DateParser, isoOf, type Day } from '../dates'
import { fail } from '../errors'
import { isOpenOn, overlaps, prepareRecords, type PreparedClient, type PreparedJob } from '../records'
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_TARGET_DAYS } from '../report'
import { median, rate, roundHalfAwayFromZero } from '../round'
import type { CaseloadRecords } from '../types'
import type { FidelityScore } from './items'
import { supportItem } from './support'

/** A job with what items 19 and 20 need beside the contract's fields. */
export type FidelityJob = CaseloadRecords['jobs'][number] & {
  /** the employer (e.g. its business id or the app's employer record id): equal ids = the same employer */
  employerId?: string
  /** the kind of work (e.g. an occupation code or a normalised job title): equal values = the same type */
  jobType?: string
}

/** CaseloadRecords whose jobs may carry employerId and jobType; plain CaseloadRecords fit as they are. */
export type FidelityRecords = Omit<CaseloadRecords, 'jobs'> & { jobs: FidelityJob[] }

export type FidelityPrefillOptions = {
  reviewedOn: string
  /** first day of the period items 15 and 19–23 look at; default: the day after reviewedOn a year earlier */
  since?: string
  /** full-time employment specialists sharing this caseload (item 1); default 1 */
  employmentSpecialists?: number
}

type Suggestion = { suggested: FidelityScore | null; explanation: string[] }
export type CaseloadPrefill = Suggestion & {
  item: 1
  activeClients: number
  employmentSpecialists: number
  clientsPerSpecialist: number
}
export type RapidSearchPrefill = Suggestion & {
  item: 15
  /** clients who entered in the period */
  entered: number
  /** of those, with a face-to-face employer contact by reviewedOn */
  withContact: number
  medianDays: number | null
  /** of those with a contact, how many within 30 days */
  within30Days: number
  /** entered more than 30 days before reviewedOn and still without an employer contact */
  waitingOver30Days: number
}
export type DiversityPrefill = Suggestion & {
  item: 19 | 20
  /** jobs held in the period */
  jobs: number
  /** of those, jobs whose jobType (item 19) or employerId (item 20) is recorded */
  recorded: number
  /** different job types or employers among the recorded */
  different: number
  /** different / recorded, 3 decimals */
  share: number | null
}
export type CompetitivePrefill = Suggestion & { item: 21; jobs: number; competitive: number; share: number | null }
export type SupportElement = { met: number; evaluated: number }
export type TimeUnlimitedSupportPrefill = Suggestion & {
  item: 23
  /** jobs held in the period */
  jobs: number
  /** face-to-face contact with the client 1–7 days before the start (jobs started in the period) */
  weekBeforeStart: SupportElement
  /** face-to-face contact within 3 days of the start (jobs started in the period, at least 3 days ago) */
  within3DaysOfStart: SupportElement
  /** face-to-face contact in each of the first four weeks (jobs started in the period that lasted 28 days) */
  weeklyFirstMonth: SupportElement
  /** a face-to-face contact in every full 30 days from day 29 up to a year, the job's end or maintenance */
  monthlyAfterFirstMonth: SupportElement
  /** jobs evaluated for the monthly element with no reached client contact at all after the first month */
  noContactAfterFirstMonth: number
}
export type FidelityPrefillItem =
  CaseloadPrefill | RapidSearchPrefill | DiversityPrefill | CompetitivePrefill | TimeUnlimitedSupportPrefill

export type FidelityPrefill = { reviewedOn: string; since: string; items: FidelityPrefillItem[] }

/** Score from the lowest value of each anchor 5, 4, 3, 2 (higher is better); otherwise 1. */
function scoreAtLeast(value: number, floors: readonly [number, number, number, number]): FidelityScore {
  const index = floors.findIndex((floor) => value >= floor)
  return (index === -1 ? 1 : 5 - index) as FidelityScore
}

/** Score from the highest value of each anchor 5, 4, 3, 2 (lower is better); otherwise 1. */
function scoreAtMost(value: number, ceilings: readonly [number, number, number, number]): FidelityScore {
  const index = ceilings.findIndex((ceiling) => value <= ceiling)
  return (index === -1 ? 1 : 5 - index) as FidelityScore
}

function caseloadItem(clients: PreparedClient[], on: Day, specialists: number): CaseloadPrefill {
  const activeClients = clients.filter((client) => isOpenOn(client, on)).length
  const perSpecialist = roundHalfAwayFromZero(activeClients / specialists, 1)
  return {
    item: 1,
    suggested: scoreAtMost(perSpecialist, [20, 25, 30, 40]),
    activeClients,
    employmentSpecialists: specialists,
    clientsPerSpecialist: perSpecialist,
    explanation: [
      `Aktiivisia asiakkaita arviointipäivänä ${activeClients}, valmentajia ${num(specialists)}: ` +
        `${num(perSpecialist)} asiakasta valmentajaa kohden.`,
    ],
  }
}

function rapidSearchItem(clients: PreparedClient[], since: Day, on: Day): RapidSearchPrefill {
  const days: number[] = []
  let entered = 0
  let waitingOver30Days = 0
  for (const client of clients) {
    if (client.enteredOn === null || client.enteredOn < since || client.enteredOn > on) continue
    entered++
    const toContact = daysToFirstEmployerContact(client, on)
    if (toContact !== null) days.push(toContact)
    else if (on - client.enteredOn > FIRST_EMPLOYER_CONTACT_TARGET_DAYS) waitingOver30Days++
  }
  const medianDays = median(days)
  const within30Days = days.filter((d) => d <= FIRST_EMPLOYER_CONTACT_TARGET_DAYS).length
  const explanation = [`Jaksolla palveluun tuli ${entered} asiakasta; ${days.length} heistä on tavannut työnantajan.`]
  if (medianDays !== null) {
    explanation.push(
      `Mediaani ${num(medianDays)} päivää palveluun tulosta ensimmäiseen kasvokkaiseen työnantajakontaktiin; ` +
        `${within30Days}/${days.length} enintään 30 päivässä.`,
    )
  }
  if (waitingOver30Days > 0) {
    explanation.push(`${waitingOver30Days} asiakasta on ollut palvelussa yli 30 päivää ilman työnantajakontaktia.`)
  }
  return {
    item: 15,
    suggested: medianDays === null ? null : scoreAtMost(medianDays, [30, 60, 150, 270]),
    entered,
    withContact: days.length,
    medianDays,
    within30Days,
    waitingOver30Days,
    explanation,
  }
}

const DIVERSITY_FLOORS = [0.85, 0.7, 0.6, 0.5] as const

function diversityItem(item: 19 | 20, values: Array<string | undefined>): DiversityPrefill {
  const recordedValues = values.filter((value): value is string => value !== undefined)
  const different = new Set(recordedValues).size
  const share = rate(different, recordedValues.length)
  const what = item === 19 ? 'työtehtävä' : 'työnantaja'
  const explanation = [`Jaksolla ${values.length} työsuhdetta; ${what} kirjattu ${recordedValues.length}:een.`]
  if (share !== null)
    explanation.push(`Eri ${item === 19 ? 'työtehtäviä' : 'työnantajia'} ${different}: ${pct(share)}.`)
  return {
    item,
    suggested: share === null ? null : scoreAtLeast(share, DIVERSITY_FLOORS),
    jobs: values.length,
    recorded: recordedValues.length,
    different,
    share,
    explanation,
  }
}

function competitiveItem(jobs: PreparedJob[]): CompetitivePrefill {
  const competitive = jobs.filter((job) => job.competitive).length
  const share = rate(competitive, jobs.length)
  return {
    item: 21,
    suggested: share === null ? null : scoreAtLeast(share, [0.95, 0.85, 0.75, 0.65]),
    jobs: jobs.length,
    competitive,
    share,
    explanation: [
      `Jaksolla ${jobs.length} työsuhdetta, joista kilpailullisia ${competitive}` +
        (share === null ? '.' : `: ${pct(share)}.`),
    ],
  }
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'expected a non-empty string')
  return value.trim()
}

/** Suggested scores for IPS-25 items 1, 15, 19, 20, 21 and 23 as of `reviewedOn`, in item order. */
export function prefillFidelity(records: FidelityRecords, options: FidelityPrefillOptions): FidelityPrefill {
  const dates = new DateParser()
  if (typeof options !== 'object' || options === null) fail('options', 'expected { reviewedOn }')
  const on = dates.required(options.reviewedOn, 'options.reviewedOn')
  const since =
    options.since === undefined ? addCalendarMonths(on, -12) + 1 : dates.required(options.since, 'options.since')
  if (since > on) fail('options.since', 'is after options.reviewedOn')
  const specialists = options.employmentSpecialists ?? 1
  if (typeof specialists !== 'number' || !Number.isFinite(specialists) || specialists <= 0) {
    fail('options.employmentSpecialists', 'expected a positive number')
  }
  const prepared = prepareRecords(records, dates)
  // equal values = the same employer / the same type; job types are compared without case ("Siivooja" = "siivooja")
  const extras = records.jobs.map((job, i) => ({
    employerId: optionalText(job.employerId, `jobs[${i}].employerId`),
    jobType: optionalText(job.jobType, `jobs[${i}].jobType`)?.toLowerCase(),
  }))
  const held = prepared.clients.flatMap((client) =>
    client.jobs.filter((job) => overlaps(job, since, on)).map((job) => ({ job, client, ...extras[job.index]! })),
  )
  return {
    reviewedOn: options.reviewedOn,
    since: isoOf(since),
    items: [
      caseloadItem(prepared.clients, on, specialists),
      rapidSearchItem(prepared.clients, since, on),
      diversityItem(
        19,
        held.map((entry) => entry.jobType),
      ),
      diversityItem(
        20,
        held.map((entry) => entry.employerId),
      ),
      competitiveItem(held.map(({ job }) => job)),
      supportItem(held, since, on),
    ],
  }
}
