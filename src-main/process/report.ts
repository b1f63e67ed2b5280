// The outcome report (spec §1, OutcomeReport). Periods include both ends. Each figure's comment says how it is read.
import { DateParser, type Day } from './dates'
import { firstOnOrAfter } from './days'
import { fail } from './errors'
import { CLOSURE_REASONS, isOpenOn, overlaps, phaseOn, prepareRecords, type PreparedClient } from './records'
import type { PreparedRecords } from './records'
import { emptyPhaseCounts } from './review'
import { median, rate } from './round'
import type { CaseloadRecords, ClosureReason, OutcomeReport } from './types'

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

export function reportPrepared(
  records: PreparedRecords,
  period: { from: string; to: string },
  from: Day,
  to: Day,
): OutcomeReport {
  let referrals = 0
  let entries = 0
  let served = 0
  let employed = 0
  let outOfWorkServed = 0
  let outOfWorkEmployed = 0
  let jobStarts = 0
  let firstJobStarts = 0
  let inEducation = 0
  let workingOrStudying = 0
  const daysToContact: number[] = []
  const closures = Object.fromEntries(CLOSURE_REASONS.map((reason) => [reason, 0])) as Record<ClosureReason, number>
  const byPhaseAtEnd = emptyPhaseCounts()

  for (const client of records.clients) {
    if (inPeriod(client.referredOn, from, to)) referrals++
    const competitive = client.jobs.filter((job) => job.competitive)
    // jobStarts and firstJobStarts read every recorded job, whether or not its client was served in the period
    jobStarts += competitive.filter((job) => inPeriod(job.startedOn, from, to)).length
    const firstStart = competitive.reduce<Day | null>(
      (min, job) => (min === null || job.startedOn < min ? job.startedOn : min),
      null,
    )
    if (inPeriod(firstStart, from, to)) firstJobStarts++
    if (client.closedOn !== null && client.closureReason !== null && inPeriod(client.closedOn, from, to)) {
      closures[client.closureReason]++ // a closure without a recorded reason is counted under no reason
    }
    if (isOpenOn(client, to)) byPhaseAtEnd[phaseOn(client, to) ?? 'none']++

    if (inPeriod(client.enteredOn, from, to)) {
      entries++
      const days = daysToFirstEmployerContact(client)
      if (days !== null) daysToContact.push(days)
    }

    if (!isServed(client, from, to)) continue
    served++
    const isEmployed = competitive.some((job) => overlaps(job, from, to))
    const isStudying = client.education.some((course) => overlaps(course, from, to))
    if (isEmployed) employed++
    if (isStudying) inEducation++
    if (isEmployed || isStudying) workingOrStudying++
    if (!client.workingAtReferral) {
      outOfWorkServed++
      if (competitive.some((job) => inPeriod(job.startedOn, from, to))) outOfWorkEmployed++
    }
  }

  const within30 = daysToContact.filter((days) => days <= FIRST_EMPLOYER_CONTACT_TARGET_DAYS).length
  return {
    period: { from: period.from, to: period.to },
    referrals,
    entries,
    served,
    employed,
    employmentRate: rate(employed, served),
    outOfWorkServed,
    outOfWorkEmployed,
    outOfWorkEmploymentRate: rate(outOfWorkEmployed, outOfWorkServed),
    jobStarts,
    firstJobStarts,
    inEducation,
    workingOrStudying,
    medianDaysToFirstEmployerContact: median(daysToContact),
    firstEmployerContactWithin30Days: rate(within30, daysToContact.length),
    closures,
    byPhaseAtEnd,
  }
}

export function outcomeReportOf(records: CaseloadRecords, period: { from: string; to: string }): OutcomeReport {
  const dates = new DateParser()
  const { from, to } = parsePeriod(period, dates)
  return reportPrepared(prepareRecords(records, dates), period, from, to)
}
