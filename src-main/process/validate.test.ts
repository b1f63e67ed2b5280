import { describe, expect, it } from 'vitest'
import { outcomeReport, prefillFidelity, ProcessInputError, reviewCaseload, scoreFidelityReview } from './index'
import type { CaseloadRecords } from './index'
import { attempt, client, job, phase, reached, records } from './test-helpers'

const VALID = records({
  clients: [client('a', { enteredOn: '2026-01-05', phases: [phase(1, '2026-01-05')] }), client('b')],
  contacts: [
    reached('a', '2026-01-06'),
    attempt('a', '2026-01-07'),
    reached('b', '2026-01-08'),
    reached('a', '2026-01-09'),
  ],
  jobs: [job('a', '2026-02-01')],
  education: [{ clientId: 'b', startedOn: '2026-01-10' }],
})

/** The records with one value replaced, e.g. change(['contacts', 3, 'on'], '2026-02-30'). */
function change(path: Array<string | number>, value: unknown): CaseloadRecords {
  const copy = structuredClone(VALID) as unknown as Record<string | number, unknown>
  let target = copy
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
  target[path.at(-1)!] = value
  return copy as unknown as CaseloadRecords
}

function fieldOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ProcessInputError)
    const inputError = error as ProcessInputError
    expect(inputError.message.startsWith(`${inputError.field}: `)).toBe(true)
    return inputError.field
  }
  throw new Error('expected a ProcessInputError')
}

const bothEngines = (input: CaseloadRecords) => [
  () => reviewCaseload(input, '2026-03-16'),
  () => outcomeReport(input, { from: '2026-01-01', to: '2026-03-31' }),
  () => prefillFidelity(input, { reviewedOn: '2026-03-16' }),
]

describe('invalid records are rejected naming the field', () => {
  const cases: Array<[string, Array<string | number>, unknown]> = [
    ['contacts[3].on', ['contacts', 3, 'on'], '2026-02-30'], // no 30th of February
    ['contacts[3].on', ['contacts', 3, 'on'], '2026-02-29'], // 2026 is not a leap year
    ['contacts[0].on', ['contacts', 0, 'on'], '6.1.2026'],
    ['contacts[1].clientId', ['contacts', 1, 'clientId'], 'nobody'],
    ['contacts[2].with', ['contacts', 2, 'with'], 'boss'],
    ['contacts[0].reached', ['contacts', 0, 'reached'], 'yes'],
    ['contacts[0].faceToFace', ['contacts', 0, 'faceToFace'], undefined],
    ['clients[0].enteredOn', ['clients', 0, 'enteredOn'], '2026-13-01'],
    ['clients[0].referredOn', ['clients', 0, 'referredOn'], ''],
    ['clients[0].maintenanceFrom', ['clients', 0, 'maintenanceFrom'], '2026-04-31'],
    ['clients[0].closedOn', ['clients', 0, 'closedOn'], '2026-01-04'], // before enteredOn
    ['clients[0].closureReason', ['clients', 0, 'closureReason'], 'fired'],
    ['clients[0].workingAtReferral', ['clients', 0, 'workingAtReferral'], 'no'],
    ['clients[0].phases[0].phase', ['clients', 0, 'phases', 0, 'phase'], 6],
    ['clients[0].phases[0].phase', ['clients', 0, 'phases', 0, 'phase'], 0],
    ['clients[0].phases[0].phase', ['clients', 0, 'phases', 0, 'phase'], '1'],
    ['clients[0].phases[0].from', ['clients', 0, 'phases', 0, 'from'], '2026-1-5'],
    ['clients[1].phases', ['clients', 1, 'phases'], undefined],
    ['clients[1].id', ['clients', 1, 'id'], 'a'], // duplicate
    ['clients[1].id', ['clients', 1, 'id'], ''],
    ['jobs[0].clientId', ['jobs', 0, 'clientId'], 'nobody'],
    ['jobs[0].startedOn', ['jobs', 0, 'startedOn'], '2026-02-29'],
    ['jobs[0].endedOn', ['jobs', 0, 'endedOn'], '2026-01-31'], // before startedOn
    ['jobs[0].hoursPerWeek', ['jobs', 0, 'hoursPerWeek'], -1],
    ['jobs[0].hoursPerWeek', ['jobs', 0, 'hoursPerWeek'], Number.NaN],
    ['jobs[0].hoursPerWeek', ['jobs', 0, 'hoursPerWeek'], 200],
    ['jobs[0].competitive', ['jobs', 0, 'competitive'], 1],
    ['education[0].clientId', ['education', 0, 'clientId'], 'nobody'],
    ['education[0].startedOn', ['education', 0, 'startedOn'], 'soon'],
    ['education[0].endedOn', ['education', 0, 'endedOn'], '2026-01-09'],
    ['clients', ['clients'], {}],
    ['contacts', ['contacts'], undefined],
    ['jobs[0]', ['jobs', 0], null],
  ]
  for (const [field, path, value] of cases) {
    it(`${field} = ${JSON.stringify(value) ?? 'undefined'}`, () => {
      for (const run of bothEngines(change(path, value))) expect(fieldOf(run)).toBe(field)
    })
  }

  it('accepts the valid records as they are', () => {
    for (const run of bothEngines(VALID)) expect(run).not.toThrow()
  })
})

describe('invalid arguments are rejected naming the field', () => {
  it('today', () => {
    expect(fieldOf(() => reviewCaseload(VALID, '2026-02-30'))).toBe('today')
    expect(fieldOf(() => reviewCaseload(VALID, '16.3.2026'))).toBe('today')
  })

  it('period', () => {
    expect(fieldOf(() => outcomeReport(VALID, { from: '2026-04-01', to: '2026-03-31' }))).toBe('period.to')
    expect(fieldOf(() => outcomeReport(VALID, { from: '2026-02-30', to: '2026-03-31' }))).toBe('period.from')
    expect(fieldOf(() => outcomeReport(VALID, { from: '2026-01-01', to: '2026-3-31' }))).toBe('period.to')
  })

  it('rules', () => {
    expect(fieldOf(() => reviewCaseload(VALID, '2026-03-16', { noContactDays: -5 }))).toBe('rules.noContactDays')
    expect(fieldOf(() => reviewCaseload(VALID, '2026-03-16', { unreachableAttempts: 1.5 }))).toBe(
      'rules.unreachableAttempts',
    )
    const bus = { model: 'bus' } as unknown as { model: 'central' }
    expect(fieldOf(() => reviewCaseload(VALID, '2026-03-16', bus))).toBe('rules.model')
    const typo = { noContactDay: 14 } as unknown as { noContactDays: number }
    expect(fieldOf(() => reviewCaseload(VALID, '2026-03-16', typo))).toBe('rules.noContactDay')
  })

  it('fidelity scores and options', () => {
    expect(fieldOf(() => scoreFidelityReview({ reviewedOn: '2026-06-31', scores: {} }))).toBe('reviewedOn')
    const six = { 7: 6 } as unknown as { 7: 5 }
    expect(fieldOf(() => scoreFidelityReview({ reviewedOn: '2026-06-30', scores: six }))).toBe('scores.7')
    const extra = { 26: 3 } as unknown as { 1: 3 }
    expect(fieldOf(() => scoreFidelityReview({ reviewedOn: '2026-06-30', scores: extra }))).toBe('scores.26')
    expect(fieldOf(() => prefillFidelity(VALID, { reviewedOn: '2026-06-30', since: '2026-07-01' }))).toBe(
      'options.since',
    )
    expect(fieldOf(() => prefillFidelity(VALID, { reviewedOn: '2026-06-30', employmentSpecialists: 0 }))).toBe(
      'options.employmentSpecialists',
    )
    const badEmployer = { ...VALID, jobs: [{ ...VALID.jobs[0]!, employerId: 5 as unknown as string }] }
    expect(fieldOf(() => prefillFidelity(badEmployer, { reviewedOn: '2026-06-30' }))).toBe('jobs[0].employerId')
  })
})
