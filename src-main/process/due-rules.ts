// The six due rules of the caseload review (spec §1, DueKind). Each returns the item's dueOn as a day number, or
// null when the rule does not apply; the review then applies the listing rule. The comment at each rule says how
// the spec's wording is read. Readings shared by all rules:
// - Only contacts on or before `today` count: the review answers "as of today", so running it for a past day gives
//   the answer of that day, and a contact logged ahead of time does not clear anything.
// - "Reached client contact" = a contact about this client with `with: 'client'` and `reached: true`, by any
//   channel (phone counts; face to face is not required). A contact with family, the care team or the employer is
//   not contact with the client.
// - Only active clients (open on `today`) get items. The spec names "active" for three rules and says closed
//   clients get none; a referred client whose cooperation agreement is not yet made is not on the caseload either,
//   so a retention client's job recorded at referral does not raise in-work support reminders before entry.
import type { Day } from './dates'
import { oneYearAfter } from './dates'
import { countBetween, lastOnOrBefore } from './days'
import type { PreparedClient } from './records'
import type { CaseloadRules, DueKind } from './types'

/** Days after a job start within which the start is supported (spec: "within the last 3 days", "+ 3"). */
export const JOB_START_SUPPORT_DAYS = 3
/** In-work support: weekly during the first 28 days after the start, monthly (30 days) after. */
export const WEEKLY_SUPPORT_UNTIL_DAY = 28
export const WEEKLY_SUPPORT_DAYS = 7
export const MONTHLY_SUPPORT_DAYS = 30

export type ClientOnDay = {
  client: PreparedClient
  today: Day
  rules: CaseloadRules
  /** the client is active on today; enteredOn is then set */
  enteredOn: Day
  /** maintenanceFrom set and on or before today */
  inMaintenance: boolean
}

/** The clock of the contact rules: the later of the last reached client contact and `since`. */
function lastReachedContactOrSince(client: PreparedClient, today: Day, since: Day): Day {
  const last = lastOnOrBefore(client.reachedClientContacts, today)
  return last !== null && last > since ? last : since
}

function hasOngoingJob(client: PreparedClient, today: Day): boolean {
  return client.jobs.some((job) => job.startedOn <= today && (job.endedOn === null || job.endedOn >= today))
}

// 'no-recent-contact': no ongoing job (any job, competitive or not: startedOn <= today and no endedOn or
// endedOn >= today) and not in maintenance. The clock starts at the later of the last reached client contact and
// enteredOn: the cooperation agreement is itself a meeting with the client, and a contact before entry (e.g. at
// referral) must not make a new client look forgotten. dueOn = that day + noContactDays.
function noRecentContact({ client, today, rules, enteredOn, inMaintenance }: ClientOnDay): Day | null {
  if (inMaintenance || hasOngoingJob(client, today)) return null
  return lastReachedContactOrSince(client, today, enteredOn) + rules.noContactDays
}

// 'first-employer-contact': no face-to-face employer contact about this client yet. "About this client" = the
// contact carries this client's id (a general employer contact without clientId does not count); "face to face" =
// faceToFace true; it must have reached the employer (an unreached attempt is not a contact) and fall between
// enteredOn and today (the IPS clock starts at entry). dueOn = enteredOn + firstEmployerContactDays. A client who
// found work without the coach meeting an employer keeps the item until that meeting (e.g. the job interview) is
// logged.
function firstEmployerContact({ client, today, rules, enteredOn }: ClientOnDay): Day | null {
  if (countBetween(client.faceToFaceEmployerContacts, enteredOn, today) > 0) return null
  return enteredOn + rules.firstEmployerContactDays
}

// 'job-start-support': per job that starts after today, or started 0–3 days ago (today - startedOn <= 3), with no
// reached client contact on or after the start day (and on or before today): dueOn = startedOn + 3. A job that
// already ended is still listed: its start (or its quick end) needs the contact all the same. With several such
// jobs the earliest dueOn is kept (one item per client and kind).
function jobStartSupport({ client, today }: ClientOnDay): Day | null {
  let due: Day | null = null
  for (const job of client.jobs) {
    if (today - job.startedOn > JOB_START_SUPPORT_DAYS) continue
    if (countBetween(client.reachedClientContacts, job.startedOn, today) > 0) continue
    const jobDue = job.startedOn + JOB_START_SUPPORT_DAYS
    if (due === null || jobDue < due) due = jobDue
  }
  return due
}

// 'in-work-support': per ongoing job started more than 3 days ago, client not in maintenance. The clock is the last
// reached client contact on or after startedOn, else startedOn. "Weekly for the first 28 days after the start, then
// monthly" is read as: the next contact is due a week after the clock while that still falls within the first 28
// days (clock + 7 <= startedOn + 28), otherwise 30 days after the clock. So dueOn depends on the records only, not
// on the day the review is run: no contact after a start 60 days ago is due on day 7 (and long overdue), and a
// contact on day 22 is followed by one due on day 52, not day 29.
function inWorkSupport({ client, today, inMaintenance }: ClientOnDay): Day | null {
  if (inMaintenance) return null
  let due: Day | null = null
  for (const job of client.jobs) {
    const ongoing = job.startedOn <= today && (job.endedOn === null || job.endedOn >= today)
    if (!ongoing || today - job.startedOn <= JOB_START_SUPPORT_DAYS) continue
    const clock = lastReachedContactOrSince(client, today, job.startedOn)
    const weekly = clock + WEEKLY_SUPPORT_DAYS
    const jobDue = weekly <= job.startedOn + WEEKLY_SUPPORT_UNTIL_DAY ? weekly : clock + MONTHLY_SUPPORT_DAYS
    if (due === null || jobDue < due) due = jobDue
  }
  return due
}

// 'maintenance-contact': in maintenance (maintenanceFrom set and on or before today: a date still ahead is a plan,
// not yet maintenance) and within a year of it: today <= the same calendar day a year later (inclusive). Past that
// year the client gets no maintenance reminder; they are still "in maintenance", so no no-recent-contact or
// in-work-support item either (time to consider closing with "goal reached"). The clock is the later of the last
// reached client contact and maintenanceFrom (the move to maintenance is agreed with the client).
// dueOn = clock + maintenanceIntervalDays.
function maintenanceContact({ client, today, rules, inMaintenance }: ClientOnDay): Day | null {
  const from = client.maintenanceFrom
  if (!inMaintenance || from === null || today > oneYearAfter(from)) return null
  return lastReachedContactOrSince(client, today, from) + rules.maintenanceIntervalDays
}

// 'unreachable': the clock is the later of the last reached client contact and enteredOn (as for
// no-recent-contact); it holds when today - clock >= unreachableDays AND at least unreachableAttempts unreached
// attempts to contact the client (`with: 'client'`, `reached: false`) fall after the clock day and on or before
// today. An attempt on the clock's own day does not count: it cannot be told apart from the contact that reached
// the client that day. Attempts to reach family or the care team are not client attempts. dueOn = clock +
// unreachableDays.
function unreachable({ client, today, rules, enteredOn }: ClientOnDay): Day | null {
  const clock = lastReachedContactOrSince(client, today, enteredOn)
  if (today - clock < rules.unreachableDays) return null
  if (countBetween(client.unreachedClientAttempts, clock + 1, today) < rules.unreachableAttempts) return null
  return clock + rules.unreachableDays
}

/**
 * The contact that clears each kind when logged (reached, about the client), for the review's one-click logging.
 * A job-start item clears only with a contact on or after the start day, so not before the job has started.
 */
export const CONTACT_THAT_CLEARS: Readonly<Record<DueKind, { with: 'client' | 'employer'; faceToFace: boolean }>> = {
  'first-employer-contact': { with: 'employer', faceToFace: true },
  'in-work-support': { with: 'client', faceToFace: false },
  'job-start-support': { with: 'client', faceToFace: false },
  'maintenance-contact': { with: 'client', faceToFace: false },
  'no-recent-contact': { with: 'client', faceToFace: false },
  unreachable: { with: 'client', faceToFace: false },
}

export const DUE_RULES: ReadonlyArray<readonly [DueKind, (context: ClientOnDay) => Day | null]> = [
  ['first-employer-contact', firstEmployerContact],
  ['in-work-support', inWorkSupport],
  ['job-start-support', jobStartSupport],
  ['maintenance-contact', maintenanceContact],
  ['no-recent-contact', noRecentContact],
  ['unreachable', unreachable],
]
