import { describe, expect, it } from 'vitest'
import { outcomeReport } from './index'
import { median, rate, roundHalfAwayFromZero } from './round'
import { client, job, metEmployer, phase, records } from './test-helpers'

// A seeded caseload for the first quarter of 2026 (1.1.–31.3., both ends included), one client per situation.
const Q1 = { from: '2026-01-01', to: '2026-03-31' }

const SEEDED = records({
  clients: [
    client('r01-entered-first-job', {
      referredOn: '2025-12-10',
      enteredOn: '2026-01-05',
      phases: [phase(1, '2026-01-05'), phase(3, '2026-02-01'), phase(5, '2026-02-20')],
    }),
    client('r02-entered-no-job', {
      referredOn: '2026-01-10',
      enteredOn: '2026-01-20',
      phases: [phase(3, '2026-02-10')],
    }),
    client('r03-closed-on-first-day', {
      enteredOn: '2025-06-01',
      closedOn: '2026-01-01',
      closureReason: 'goal-reached',
      phases: [phase(5, '2025-07-01')],
    }),
    client('r04-working-at-referral', {
      enteredOn: '2025-05-01',
      workingAtReferral: true,
      phases: [phase(5, '2025-05-01')],
    }),
    client('r05-studying', { enteredOn: '2025-09-01', phases: [phase(3, '2025-10-01')] }),
    client('r06-second-job', { enteredOn: '2025-08-01', phases: [phase(5, '2025-10-01')] }),
    client('r07-met-employer-next-day', { enteredOn: '2026-02-15', phases: [phase(2, '2026-02-15')] }),
    client('r08-met-employer-after-quarter', { enteredOn: '2026-03-02', phases: [phase(1, '2026-03-02')] }),
    client('r09-closed-before', { enteredOn: '2025-02-01', closedOn: '2025-12-31', closureReason: 'client-wish' }),
    client('r10-closed-on-last-day', {
      enteredOn: '2025-04-01',
      closedOn: '2026-03-31',
      closureReason: 'not-reached',
      phases: [phase(3, '2025-05-01')],
    }),
    client('r11-referred-only', { referredOn: '2026-03-20' }),
    client('r12-enters-next-quarter', { referredOn: '2026-03-25', enteredOn: '2026-04-02' }),
    client('r13-no-phase', { enteredOn: '2025-11-01' }),
  ],
  contacts: [
    metEmployer('r01-entered-first-job', '2026-02-04'), // 5.1. → 4.2. = 26 + 4 = 30 days
    metEmployer('r02-entered-no-job', '2026-03-02'), // 20.1. → 2.3. = 11 + 28 + 2 = 41 days
    { clientId: 'r07-met-employer-next-day', on: '2026-02-15', with: 'employer', reached: true, faceToFace: false },
    metEmployer('r07-met-employer-next-day', '2026-02-16'), // 1 day (the phone call the day before is not face to face)
    metEmployer('r08-met-employer-after-quarter', '2026-05-01'), // 2.3. → 1.5. = 29 + 30 + 1 = 60 days
    { on: '2026-02-01', with: 'employer', reached: true, faceToFace: true }, // general contact, no client
  ],
  jobs: [
    job('r01-entered-first-job', '2026-02-20'),
    job('r03-closed-on-first-day', '2025-07-01', { endedOn: '2025-12-31' }), // ended the day before the quarter
    job('r04-working-at-referral', '2024-01-01'),
    job('r05-studying', '2026-02-01', { competitive: false }),
    job('r06-second-job', '2025-10-01', { endedOn: '2026-01-15' }),
    job('r06-second-job', '2026-03-01', { hoursPerWeek: 10 }),
  ],
  education: [
    { clientId: 'r05-studying', startedOn: '2026-01-08' },
    { clientId: 'r06-second-job', startedOn: '2025-01-01', endedOn: '2025-12-31' },
  ],
})

describe('outcomeReport on the seeded caseload (Q1 2026)', () => {
  const report = outcomeReport(SEEDED, Q1)

  it('echoes the period', () => {
    expect(report.period).toEqual(Q1)
  })

  it('counts referrals and entries dated in the period', () => {
    // referrals: r02 (10.1.), r11 (20.3.), r12 (25.3.); r01 was referred on 10.12.2025
    expect(report.referrals).toBe(3)
    // entries: r01 (5.1.), r02 (20.1.), r07 (15.2.), r08 (2.3.)
    expect(report.entries).toBe(4)
  })

  it('counts as served every client open at any time in the period', () => {
    // r01 r02 r03 (closed on 1.1., still open that day) r04 r05 r06 r07 r08 r10 r13 = 10
    // not: r09 (closed 31.12.), r11 (never entered), r12 (enters 2.4.)
    expect(report.served).toBe(10)
  })

  it('counts employment among served clients from competitive jobs overlapping the period', () => {
    // r01 (from 20.2.), r04 (since 2024), r06 (first job to 15.1., second from 1.3.) = 3
    // not r03 (job ended 31.12., the day before), not r05 (job not competitive)
    expect(report.employed).toBe(3)
    expect(report.employmentRate).toBe(0.3) // 3 / 10
  })

  it('counts the out-of-work rate (IPS Grow) from job starts among clients not working at referral', () => {
    expect(report.outOfWorkServed).toBe(9) // 10 served − r04
    expect(report.outOfWorkEmployed).toBe(2) // r01 (20.2.), r06 (1.3.)
    expect(report.outOfWorkEmploymentRate).toBe(0.222) // 2 / 9 = 0.2222…
  })

  it('counts every competitive job start and first job starts', () => {
    expect(report.jobStarts).toBe(2) // r01 20.2., r06 1.3. (r05's job is not competitive)
    expect(report.firstJobStarts).toBe(1) // r01; r06's first job started 1.10.2025
  })

  it('counts education and working-or-studying once per client', () => {
    expect(report.inEducation).toBe(1) // r05; r06's course ended 31.12.
    expect(report.workingOrStudying).toBe(4) // r01, r04, r06 working + r05 studying
  })

  it('takes the median of days to the first employer contact over an even count', () => {
    // entered in the period with a contact: r07 1, r01 30, r02 41, r08 60 → (30 + 41) / 2 = 35.5
    expect(report.medianDaysToFirstEmployerContact).toBe(35.5)
    // ≤ 30 days: r07 and r01 (exactly 30) → 2 / 4
    expect(report.firstEmployerContactWithin30Days).toBe(0.5)
  })

  it('counts closures dated in the period by reason, every reason present', () => {
    // r03 on the first day, r10 on the last day; r09 (31.12.) is outside
    expect(report.closures).toEqual({
      'goal-reached': 1,
      'client-wish': 0,
      'not-reached': 1,
      'not-progressing': 0,
      moved: 0,
      other: 0,
    })
  })

  it('counts clients open on the last day by their phase then', () => {
    // r08: 1 · r07: 2 · r02, r05: 3 · r01, r04, r06: 5 · r13: none; r10 closed on 31.3. is not open on it
    expect(report.byPhaseAtEnd).toEqual({ 1: 1, 2: 1, 3: 2, 4: 0, 5: 3, none: 1 })
  })
})

describe('outcomeReport edges', () => {
  it('gives null rates and median when nobody is served or entered', () => {
    const report = outcomeReport(records({}), Q1)
    expect(report.employmentRate).toBeNull()
    expect(report.outOfWorkEmploymentRate).toBeNull()
    expect(report.medianDaysToFirstEmployerContact).toBeNull()
    expect(report.firstEmployerContactWithin30Days).toBeNull()
  })

  it('accepts a one-day period', () => {
    const report = outcomeReport(SEEDED, { from: '2026-01-01', to: '2026-01-01' })
    // served on 1.1.: r03 (closed that day), r04, r05, r06, r10, r13
    expect(report.served).toBe(6)
    expect(report.closures['goal-reached']).toBe(1)
  })

  it('ignores employer contacts before entry for the days to first contact', () => {
    const input = records({
      clients: [client('a', { enteredOn: '2026-02-01' })],
      contacts: [metEmployer('a', '2026-01-20'), metEmployer('a', '2026-02-11')],
    })
    expect(outcomeReport(input, Q1).medianDaysToFirstEmployerContact).toBe(10) // 1.2. → 11.2.
  })
})

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(rate(1, 16)).toBe(0.063) // 0.0625
    expect(rate(1, 2000)).toBe(0.001) // 0.0005
    expect(rate(2, 3)).toBe(0.667)
    expect(roundHalfAwayFromZero(-0.0625, 3)).toBe(-0.063)
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01)
    expect(roundHalfAwayFromZero(-0.0001, 3)).toBe(0)
  })

  it('takes the median of an odd count as the middle value and of an even count as the mean of the two', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 10])).toBe(3.5) // (3 + 4) / 2
    expect(median([])).toBeNull()
  })
})
