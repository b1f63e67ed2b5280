// Validates CaseloadRecords and indexes them per client in one pass: every rule then reads sorted day lists.
import { DateParser, type Day } from './dates'
import { fail } from './errors'
import type { CaseloadRecords, ClosureReason, Phase } from './types'

export const CLOSURE_REASONS: readonly ClosureReason[] = [
  'goal-reached',
  'client-wish',
  'not-reached',
  'not-progressing',
  'moved',
  'other',
]
const CONTACT_WITH = new Set(['client', 'employer', 'care-team', 'family', 'other'])
const REASONS = new Set<unknown>(CLOSURE_REASONS)

export type Spell = { startedOn: Day; endedOn: Day | null }
export type PreparedJob = Spell & { index: number; hoursPerWeek: number; competitive: boolean }

export type PreparedClient = {
  id: string
  referredOn: Day | null
  enteredOn: Day | null
  closedOn: Day | null
  closureReason: ClosureReason | null
  workingAtReferral: boolean
  /** sorted by `from`; entries with the same `from` keep their order, so the last one wins */
  phases: Array<{ phase: Phase; from: Day }>
  maintenanceFrom: Day | null
  /** days of contacts with the client (`with: 'client'`) that reached them, ascending */
  reachedClientContacts: Day[]
  /** the face-to-face ones among those, ascending */
  faceToFaceClientContacts: Day[]
  /** days of attempts to reach the client (`with: 'client'`, `reached: false`), ascending */
  unreachedClientAttempts: Day[]
  /** days of face-to-face employer contacts about this client that reached the employer, ascending */
  faceToFaceEmployerContacts: Day[]
  jobs: PreparedJob[]
  education: Spell[]
}

export type PreparedRecords = { clients: PreparedClient[]; byId: Map<string, PreparedClient> }

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'expected an object')
  return value as Record<string, unknown>
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail(field, 'expected an array')
  return value
}

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(field, `expected true or false, got ${JSON.stringify(value)}`)
  return value
}

function clientOf(byId: Map<string, PreparedClient>, value: unknown, field: string): PreparedClient {
  const client = typeof value === 'string' ? byId.get(value) : undefined
  if (!client) fail(field, `no client with id ${JSON.stringify(value)} in clients`)
  return client
}

/** The fields a job and a course share: the client and the dates, the end not before the start. */
function spellOf(raw: unknown, at: string, byId: Map<string, PreparedClient>, dates: DateParser) {
  const fields = object(raw, at)
  const client = clientOf(byId, fields.clientId, `${at}.clientId`)
  const startedOn = dates.required(fields.startedOn, `${at}.startedOn`)
  const endedOn = dates.optional(fields.endedOn, `${at}.endedOn`)
  if (endedOn !== null && endedOn < startedOn) fail(`${at}.endedOn`, 'ends before it starts')
  return { fields, client, spell: { startedOn, endedOn } }
}

function prepareClient(raw: unknown, i: number, dates: DateParser): PreparedClient {
  const at = `clients[${i}]`
  const c = object(raw, at)
  if (typeof c.id !== 'string' || c.id === '') fail(`${at}.id`, 'expected a non-empty string')
  const enteredOn = dates.optional(c.enteredOn, `${at}.enteredOn`)
  const closedOn = dates.optional(c.closedOn, `${at}.closedOn`)
  if (enteredOn !== null && closedOn !== null && closedOn < enteredOn) fail(`${at}.closedOn`, 'is before enteredOn')
  if (c.closureReason !== undefined && c.closureReason !== null && !REASONS.has(c.closureReason)) {
    fail(`${at}.closureReason`, `expected one of ${CLOSURE_REASONS.join(', ')}`)
  }
  if (c.workingAtReferral !== undefined && c.workingAtReferral !== null) {
    boolean(c.workingAtReferral, `${at}.workingAtReferral`)
  }
  const phases = array(c.phases, `${at}.phases`).map((rawPhase, j) => {
    const p = object(rawPhase, `${at}.phases[${j}]`)
    if (p.phase !== 1 && p.phase !== 2 && p.phase !== 3 && p.phase !== 4 && p.phase !== 5) {
      fail(`${at}.phases[${j}].phase`, `expected 1, 2, 3, 4 or 5, got ${JSON.stringify(p.phase)}`)
    }
    return { phase: p.phase as Phase, from: dates.required(p.from, `${at}.phases[${j}].from`) }
  })
  return {
    id: c.id,
    referredOn: dates.optional(c.referredOn, `${at}.referredOn`),
    enteredOn,
    closedOn,
    closureReason: (c.closureReason as ClosureReason | undefined) ?? null,
    workingAtReferral: c.workingAtReferral === true,
    phases: phases.toSorted((a, b) => a.from - b.from), // stable: same-day entries keep their order
    maintenanceFrom: dates.optional(c.maintenanceFrom, `${at}.maintenanceFrom`),
    reachedClientContacts: [],
    faceToFaceClientContacts: [],
    unreachedClientAttempts: [],
    faceToFaceEmployerContacts: [],
    jobs: [],
    education: [],
  }
}

function addContacts(records: Record<string, unknown>, byId: Map<string, PreparedClient>, dates: DateParser) {
  array(records.contacts, 'contacts').forEach((raw, i) => {
    const at = `contacts[${i}]`
    const c = object(raw, at)
    const on = dates.required(c.on, `${at}.on`)
    if (!CONTACT_WITH.has(c.with as string)) fail(`${at}.with`, `expected one of ${[...CONTACT_WITH].join(', ')}`)
    const reached = boolean(c.reached, `${at}.reached`)
    const faceToFace = boolean(c.faceToFace, `${at}.faceToFace`)
    if (c.clientId === undefined || c.clientId === null) return // a general employer contact: no client rule reads it
    const client = clientOf(byId, c.clientId, `${at}.clientId`)
    if (c.with === 'client') {
      if (reached) {
        client.reachedClientContacts.push(on)
        if (faceToFace) client.faceToFaceClientContacts.push(on)
      } else client.unreachedClientAttempts.push(on)
    } else if (c.with === 'employer' && reached && faceToFace) client.faceToFaceEmployerContacts.push(on)
  })
}

function addJobs(records: Record<string, unknown>, byId: Map<string, PreparedClient>, dates: DateParser) {
  array(records.jobs, 'jobs').forEach((raw, i) => {
    const at = `jobs[${i}]`
    const { fields, client, spell } = spellOf(raw, at, byId, dates)
    const hours = fields.hoursPerWeek
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 168) {
      fail(`${at}.hoursPerWeek`, `expected a number of hours from 0 to 168, got ${JSON.stringify(hours)}`)
    }
    const competitive = boolean(fields.competitive, `${at}.competitive`)
    client.jobs.push({ ...spell, index: i, hoursPerWeek: hours, competitive })
  })
}

function addEducation(records: Record<string, unknown>, byId: Map<string, PreparedClient>, dates: DateParser) {
  array(records.education, 'education').forEach((raw, i) => {
    const { client, spell } = spellOf(raw, `education[${i}]`, byId, dates)
    client.education.push(spell)
  })
}

/** Validates the records (throwing ProcessInputError naming the field) and indexes them per client. */
export function prepareRecords(input: CaseloadRecords, dates = new DateParser()): PreparedRecords {
  const records = object(input, 'records')
  const byId = new Map<string, PreparedClient>()
  const clients = array(records.clients, 'clients').map((raw, i) => {
    const client = prepareClient(raw, i, dates)
    if (byId.has(client.id)) fail(`clients[${i}].id`, `duplicate id ${JSON.stringify(client.id)}`)
    byId.set(client.id, client)
    return client
  })
  addContacts(records, byId, dates)
  addJobs(records, byId, dates)
  addEducation(records, byId, dates)
  const ascending = (a: number, b: number) => a - b
  for (const client of clients) {
    client.reachedClientContacts.sort(ascending)
    client.faceToFaceClientContacts.sort(ascending)
    client.unreachedClientAttempts.sort(ascending)
    client.faceToFaceEmployerContacts.sort(ascending)
  }
  return { clients, byId }
}

/** The phase on a day: the last history entry with from <= day; null when none. */
export function phaseOn(client: PreparedClient, day: Day): Phase | null {
  let phase: Phase | null = null
  for (const entry of client.phases) {
    if (entry.from > day) break
    phase = entry.phase
  }
  return phase
}

/** Open on a day: entered on or before it and not closed on or before it. */
export function isOpenOn(client: PreparedClient, day: Day): boolean {
  return client.enteredOn !== null && client.enteredOn <= day && (client.closedOn === null || client.closedOn > day)
}

/** A job or course overlapping [from, to]: started on or before `to`, not ended before `from`. */
export function overlaps(spell: Spell, from: Day, to: Day): boolean {
  return spell.startedOn <= to && (spell.endedOn === null || spell.endedOn >= from)
}
