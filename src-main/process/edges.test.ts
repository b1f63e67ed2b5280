import { describe, expect, it } from 'vitest'
import { outcomeDetails, outcomeReport, outcomeRows, reviewCaseload } from './index'
import { attempt, client, job, metEmployer, phase, reached, records } from './test-helpers'

// The edge cases where the seeded tests (review, report, due-rules) leave a side open, each computed by hand.
// February 2026 has 28 days.
const Q1 = { from: '2026-01-01', to: '2026-03-31' }

describe('edges of the outcome report', () => {
  it('counts a job ending on the first day and one starting on the last day, not one that ended the day before', () => {
    const input = records({
      clients: [
        client('ends-first-day', { enteredOn: '2025-06-01' }),
        client('starts-last-day', { enteredOn: '2025-06-01' }),
        client('ended-day-before', { enteredOn: '2025-06-01' }),
      ],
      jobs: [
        job('ends-first-day', '2025-08-01', { endedOn: '2026-01-01' }),
        job('starts-last-day', '2026-03-31'),
        job('ended-day-before', '2025-08-01', { endedOn: '2025-12-31' }),
      ],
    })
    const report = outcomeReport(input, Q1)
    expect(report.served).toBe(3)
    expect(report.employed).toBe(2) // ends-first-day, starts-last-day
    expect(report.jobStarts).toBe(1) // 31.3.
    expect(report.outOfWorkEmployed).toBe(1) // only the start inside the quarter
    expect(report.employmentRate).toBe(0.667) // 2 / 3 = 0.6666…
  })

  it('counts exactly 30 days to the first employer contact as within 30 and 31 as not; an odd count takes the middle', () => {
    const input = records({
      clients: [
        client('thirty', { enteredOn: '2026-02-13' }),
        client('thirty-one', { enteredOn: '2026-02-13' }),
        client('five', { enteredOn: '2026-01-05' }),
        client('none-yet', { enteredOn: '2026-03-01' }),
      ],
      contacts: [
        metEmployer('thirty', '2026-03-15'), // 13.2. → 28.2. = 15 days, + 15 = 30
        metEmployer('thirty-one', '2026-03-16'), // 31
        metEmployer('five', '2026-01-10'), // 5
      ],
    })
    const report = outcomeReport(input, Q1)
    expect(report.entries).toBe(4)
    expect(report.medianDaysToFirstEmployerContact).toBe(30) // 5, 30, 31 → 30
    expect(report.firstEmployerContactWithin30Days).toBe(0.667) // 2 of 3
    const details = outcomeDetails(input, Q1)
    expect(details.firstEmployerContactDays).toEqual([
      { band: '0-30', clients: 2 },
      { band: '31-60', clients: 1 },
      { band: '61-150', clients: 0 },
      { band: '151-270', clients: 0 },
      { band: '271+', clients: 0 },
    ])
    expect(details.enteredWithoutEmployerContact).toBe(1)
  })

  it("gives a client closed on the period's first day a row: served and closed, not open at the end", () => {
    const input = records({
      clients: [
        client('closed-first-day', {
          enteredOn: '2025-03-01',
          closedOn: '2026-01-01',
          closureReason: 'moved',
          phases: [phase(3, '2025-04-01')],
        }),
        client('closed-day-before', { enteredOn: '2025-03-01', closedOn: '2025-12-31', closureReason: 'other' }),
      ],
    })
    expect(outcomeRows(input, Q1)).toEqual([
      {
        clientId: 'closed-first-day',
        referred: false,
        entered: false,
        served: true,
        employed: false,
        outOfWork: true,
        outOfWorkEmployed: false,
        jobStartsOn: [],
        firstJobStart: false,
        inEducation: false,
        workingOrStudying: false,
        daysToFirstEmployerContact: null,
        closed: true,
        closureReason: 'moved',
        phaseAtEnd: null,
      },
    ])
    // the review: active the day before the closure, not on the closure day itself
    expect(reviewCaseload(input, '2025-12-31').active).toBe(1)
    expect(reviewCaseload(input, '2026-01-01')).toMatchObject({ active: 0, due: [] })
  })

  it('lists job starts per month, months without starts included', () => {
    const input = records({
      clients: [client('a', { enteredOn: '2025-06-01' }), client('b', { enteredOn: '2025-06-01' })],
      jobs: [
        job('a', '2026-01-31'),
        job('b', '2026-03-01'),
        job('b', '2026-03-20', { competitive: false }), // not competitive: not a job start
        job('a', '2026-04-01'), // after the period
      ],
    })
    expect(outcomeDetails(input, { from: '2026-01-15', to: '2026-03-31' }).jobStartsByMonth).toEqual([
      { month: '2026-01', jobStarts: 1 },
      { month: '2026-02', jobStarts: 0 },
      { month: '2026-03', jobStarts: 1 },
    ])
  })
})

describe('edges of the caseload review', () => {
  it('lists a client as unreachable on exactly the 60th day with three attempts, due today and not overdue', () => {
    const input = records({
      clients: [client('a', { enteredOn: '2025-12-01', phases: [phase(2, '2025-12-01')] })],
      contacts: [
        metEmployer('a', '2025-12-02'),
        reached('a', '2026-01-10'),
        attempt('a', '2026-02-01'),
        attempt('a', '2026-03-01'),
        attempt('a', '2026-03-11'),
      ],
    })
    // 10.1. + 60 = 11.3. (21 + 28 + 11 days); no no-recent-contact item beside it
    expect(reviewCaseload(input, '2026-03-11').due).toEqual([
      { clientId: 'a', kind: 'unreachable', dueOn: '2026-03-11', overdue: false },
    ])
  })

  it('clears the first employer contact with a meeting on its 30th day', () => {
    const input = records({
      clients: [client('a', { enteredOn: '2026-02-14', phases: [phase(2, '2026-02-14')] })],
      contacts: [reached('a', '2026-03-10'), metEmployer('a', '2026-03-16')],
    })
    expect(reviewCaseload(input, '2026-03-16').due).toEqual([])
  })

  it('recommends 20 while every active client is in phases 1–3 and 30 once one is in phase 4', () => {
    const clients = Array.from({ length: 20 }, (_, i) =>
      client(`k${i}`, { enteredOn: '2026-01-05', phases: [phase(((i % 3) + 1) as 1 | 2 | 3, '2026-01-05')] }),
    )
    const review = reviewCaseload(records({ clients }), '2026-03-16')
    expect(review).toMatchObject({ active: 20, recommendedMax: 20, byPhase: { 1: 7, 2: 7, 3: 6, 4: 0, 5: 0 } })
    const withPhase4 = [...clients, client('k20', { enteredOn: '2026-01-05', phases: [phase(4, '2026-03-01')] })]
    expect(reviewCaseload(records({ clients: withPhase4 }), '2026-03-16').recommendedMax).toBe(30)
  })
})
