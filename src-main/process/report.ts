// The outcome report (spec §1, OutcomeReport). Periods include both ends. Each client's contribution is one row
// (OutcomeClientRow); the report sums the rows, so per-client exports add up to exactly the same figures.
import { DateParser, isoOf, type Day } from './dates'
import { firstOnOrAfter } from './days'
import { fail } from './errors'
import { CLOSURE_REASONS, isOpenOn, overlaps, phaseOn, prepareRecords, type PreparedClient } from './records'
import type { PreparedRecords } from './records'
import { emptyPhaseCounts } from './review'
import { median, rate } from './round'
import type { CaseloadRecords, ClosureReason, OutcomeClientRow, OutcomeReport } from './types'

/** IPS-25 item 15 and the report's share: the first employer contact within this many days of entry. */
export const FIRST_EMPLOYER_CONTACT_TARGET_DAYS = 30

/**
 * Days from enteredOn to the first face-to-face employer contact about the client that reached the employer, on or
 * after enteredOn (the IPS clock starts at entry), or null when there is none (up to `until`, if given). The report
 * counts every recorded contact, also one after the period: the figure describes the clients who entered in it.
 */
export function daysToFirstEmployerContact(client: PreparedClient, until?: Day): number | null {
  if (client.enteredOn === null) return null
  const first = firstOnOrAfter(client.faceToFaceEmployerContacts, client.enteredOn)
  if (first === null || (until !== undefined && first > until)) return null
  return first - client.enteredOn
}

export function parsePeriod(period: { from: string; to: string }, dates: DateParser): { from: Day; to: Day } {
  if (typeof period !== 'object' || period === null) fail('period', 'expected { from, to }')
  const from = dates.required(period.from, 'period.from')
  const to = dates.required(period.to, 'period.to')
  if (to < from) fail('period.to', 'is before period.from')
  return { from, to }
}

function inPeriod(day: Day | null, from: Day, to: Day): boolean {
  return day !== null && day >= from && day <= to
}

/** Served: open at any time in the period (entered on or before `to`, not closed before `from`). */
export function isServed(client: PreparedClient, from: Day, to: Day): boolean {
  return client.enteredOn !== null && client.enteredOn <= to && (client.closedOn === null || client.closedOn >= from)
}

/** What the client adds to the period's figures; null when nothing. */
export function clientRow(client: PreparedClient, from: Day, to: Day): OutcomeClientRow | null {
  const competitive = client.jobs.filter((job) => job.competitive)
  // job starts read every recorded job, whether or not its client was served in the period
  const startDays = competitive
    .map((job) => job.startedOn)
    .filter((day) => inPeriod(day, from, to))
    .sort((a, b) => a - b)
  const firstStart = competitive.reduce<Day | null>(
    (min, job) => (min === null || job.startedOn < min ? job.startedOn : min),
    null,
  )
  const entered = inPeriod(client.enteredOn, from, to)
  const served = isServed(client, from, to)
  const employed = served && competitive.some((job) => overlaps(job, from, to))
  const inEducation = served && client.education.some((course) => overlaps(course, from, to))
  const outOfWork = served && !client.workingAtReferral
  const closed = inPeriod(client.closedOn, from, to)
  const row: OutcomeClientRow = {
    clientId: client.id,
    referred: inPeriod(client.referredOn, from, to),
    entered,
    served,
    employed,
    outOfWork,
    outOfWorkEmployed: outOfWork && startDays.length > 0,
    jobStartsOn: startDays.map(isoOf),
    firstJobStart: inPeriod(firstStart, from, to),
    inEducation,
    workingOrStudying: employed || inEducation,
    daysToFirstEmployerContact: entered ? daysToFirstEmployerContact(client) : null,
    closed,
    closureReason: closed ? client.closureReason : null,
    phaseAtEnd: isOpenOn(client, to) ? (phaseOn(client, to) ?? 'none') : null,
  }
  const adds = row.referred || row.entered || row.served || row.jobStartsOn.length > 0 || row.firstJobStart
  return adds || row.closed || row.phaseAtEnd !== null ? row : null
}

export function rowsPrepared(records: PreparedRecords, from: Day, to: Day): OutcomeClientRow[] {
  const rows: OutcomeClientRow[] = []
  for (const client of records.clients) {
    const row = clientRow(client, from, to)
    if (row) rows.push(row)
  }
  return rows
}

/** The report's figures as sums over the rows. */
export function summariseRows(rows: readonly OutcomeClientRow[], period: { from: string; to: string }): OutcomeReport {
  const count = (test: (row: OutcomeClientRow) => boolean) => rows.reduce((n, row) => (test(row) ? n + 1 : n), 0)
  const daysToContact = rows.flatMap((row) =>
    row.entered && row.daysToFirstEmployerContact !== null ? [row.daysToFirstEmployerContact] : [],
  )
  const closures = Object.fromEntries(CLOSURE_REASONS.map((reason) => [reason, 0])) as Record<ClosureReason, number>
  const byPhaseAtEnd = emptyPhaseCounts()
  for (const row of rows) {
    if (row.closureReason !== null) closures[row.closureReason]++ // a closure without a reason is counted under none
    if (row.phaseAtEnd !== null) byPhaseAtEnd[row.phaseAtEnd]++
  }
  const served = count((row) => row.served)
  const employed = count((row) => row.employed)
  const outOfWorkServed = count((row) => row.outOfWork)
  const outOfWorkEmployed = count((row) => row.outOfWorkEmployed)
  const within30 = daysToContact.filter((days) => days <= FIRST_EMPLOYER_CONTACT_TARGET_DAYS).length
  return {
    period: { from: period.from, to: period.to },
    referrals: count((row) => row.referred),
    entries: count((row) => row.entered),
    served,
    employed,
    employmentRate: rate(employed, served),
    outOfWorkServed,
    outOfWorkEmployed,
    outOfWorkEmploymentRate: rate(outOfWorkEmployed, outOfWorkServed),
    jobStarts: rows.reduce((n, row) => n + row.jobStartsOn.length, 0),
    firstJobStarts: count((row) => row.firstJobStart),
    inEducation: count((row) => row.inEducation),
    workingOrStudying: count((row) => row.workingOrStudying),
    medianDaysToFirstEmployerContact: median(daysToContact),
    firstEmployerContactWithin30Days: rate(within30, daysToContact.length),
    closures,
    byPhaseAtEnd,
  }
}

export function reportPrepared(
  records: PreparedRecords,
  period: { from: string; to: string },
  from: Day,
  to: Day,
): OutcomeReport {
  return summariseRows(rowsPrepared(records, from, to), period)
}

export function outcomeReportOf(records: CaseloadRecords, period: { from: string; to: string }): OutcomeReport {
  const dates = new DateParser()
  const { from, to } = parsePeriod(period, dates)
  return reportPrepared(prepareRecords(records, dates), period, from, to)
}

/** Each client's contribution to the period's figures (clients who add nothing left out), in the records' order. */
export function outcomeRowsOf(records: CaseloadRecords, period: { from: string; to: string }): OutcomeClientRow[] {
  const dates = new DateParser()
  const { from, to } = parsePeriod(period, dates)
  return rowsPrepared(prepareRecords(records, dates), from, to)
}
