import { describe, expect, it } from 'vitest'
import { client, job, metEmployer, reached, records } from '../test-helpers'
import { FIDELITY_ITEMS, compareFidelityReviews, fidelityBand, prefillFidelity, scoreFidelityReview } from './index'
import type { FidelityItemNumber, FidelityPrefillItem, FidelityRecords, FidelityScore, FidelityScores } from './index'

function allScored(score: (item: number) => FidelityScore): FidelityScores {
  return Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, score(i + 1)])) as FidelityScores
}

/** 25 scores adding up to `total` (25–125): fives first, then the remainder, then ones. */
function scoresTotalling(total: number): FidelityScores {
  let extra = total - 25
  return allScored(() => {
    const add = Math.min(4, extra)
    extra -= add
    return (1 + add) as FidelityScore
  })
}

describe('IPS-25 items', () => {
  it('has the 25 items in order, each with a Finnish name and its top and bottom anchors', () => {
    expect(FIDELITY_ITEMS.map((item) => item.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(new Set(FIDELITY_ITEMS.map((item) => item.name)).size).toBe(25)
    for (const item of FIDELITY_ITEMS) {
      expect(item.anchors[1].length, `item ${item.number}`).toBeGreaterThan(10)
      expect(item.anchors[5].length, `item ${item.number}`).toBeGreaterThan(10)
    }
  })

  it('marks exactly the items the records can pre-fill', () => {
    expect(FIDELITY_ITEMS.filter((item) => item.prefilled).map((item) => item.number)).toEqual([1, 15, 19, 20, 21, 23])
  })
})

describe('scoreFidelityReview', () => {
  it("scores Soite's first review, 108 points, as good with the next review in 12 months", () => {
    const result = scoreFidelityReview({ reviewedOn: '2026-03-16', scores: scoresTotalling(108) })
    expect(result).toEqual({
      total: 108,
      maxTotal: 125,
      missing: [],
      complete: true,
      band: 'good',
      nextReviewOn: '2027-03-16',
    })
  })

  it('reviews again in 6 months below 100 points (clamped to the month end)', () => {
    const result = scoreFidelityReview({ reviewedOn: '2026-08-31', scores: scoresTotalling(99) })
    expect(result.band).toBe('fair')
    expect(result.nextReviewOn).toBe('2027-02-28') // 31.8. + 6 months → 28.2.
    expect(scoreFidelityReview({ reviewedOn: '2026-08-31', scores: scoresTotalling(100) }).nextReviewOn).toBe(
      '2027-08-31',
    )
  })

  it('puts the band limits where the scale does', () => {
    expect([125, 115, 114, 100, 99, 74, 73, 25].map(fidelityBand)).toEqual([
      'exemplary',
      'exemplary',
      'good',
      'good',
      'fair',
      'fair',
      'not-ips',
      'not-ips',
    ])
  })

  it('adds up a review in progress without a band or next date', () => {
    const result = scoreFidelityReview({ reviewedOn: '2026-03-16', scores: { 1: 5, 2: 4, 25: 3 } })
    expect(result.total).toBe(12)
    expect(result.complete).toBe(false)
    expect(result.missing).toHaveLength(22)
    expect(result.missing.slice(0, 3)).toEqual([3, 4, 5])
    expect(result.band).toBeNull()
    expect(result.nextReviewOn).toBeNull()
  })

  it('compares with the previous review item by item', () => {
    const previous = allScored(() => 3)
    const current = { ...previous, 1: 5, 15: 2 } as FidelityScores
    expect(compareFidelityReviews(previous, current)).toEqual({
      totalChange: 1, // +2 − 1
      changed: [
        { item: 1, previous: 3, current: 5 },
        { item: 15, previous: 3, current: 2 },
      ],
    })
  })
})

// Reviewed on 30.6.2026; the period looked at is 1.7.2025–30.6.2026.
const FIDELITY_RECORDS: FidelityRecords = {
  ...records({
    clients: [
      client('f1', { enteredOn: '2026-01-10' }),
      client('f2', { enteredOn: '2026-02-01' }),
      client('f3', { enteredOn: '2026-05-01' }),
      client('f4', { enteredOn: '2025-03-01' }),
      client('f5', { enteredOn: '2026-06-20' }),
      client('f6', { enteredOn: '2025-09-01', closedOn: '2026-05-01', closureReason: 'goal-reached' }),
    ],
    contacts: [
      metEmployer('f1', '2026-01-30'), // 10.1. → 30.1. = 20 days
      metEmployer('f2', '2026-04-02'), // 1.2. → 2.4. = 27 + 31 + 2 = 60 days
      metEmployer('f4', '2025-03-05'), // entered before the period
      metEmployer('f6', '2025-10-11'), // 1.9. → 11.10. = 29 + 11 = 40 days
      ...[
        '2026-02-25',
        '2026-03-02',
        '2026-03-10',
        '2026-03-17',
        '2026-03-24',
        '2026-04-15',
        '2026-05-20',
        '2026-06-10',
      ].map((on) => reached('f1', on, true)),
      reached('f2', '2026-04-22', true),
      reached('f2', '2026-06-01'), // by phone
      ...['2025-11-05', '2025-11-12', '2025-11-19', '2025-11-26', '2025-12-15', '2026-01-10'].map((on) =>
        reached('f6', on, true),
      ),
    ],
  }),
  jobs: [
    { ...job('f1', '2026-03-01'), employerId: 'E1', jobType: 'Siivooja' },
    { ...job('f2', '2026-04-20'), employerId: 'E2', jobType: 'siivooja' },
    { ...job('f4', '2025-04-01', { endedOn: '2025-08-31' }), employerId: 'E1', jobType: 'Varastotyöntekijä' },
    { ...job('f6', '2025-11-01', { endedOn: '2026-02-01', competitive: false }), employerId: 'E3' },
    { ...job('f4', '2024-01-01', { endedOn: '2025-06-30' }), employerId: 'E9', jobType: 'Kokki' }, // before the period
  ],
}

describe('prefillFidelity on a seeded caseload (30.6.2026)', () => {
  const prefill = prefillFidelity(FIDELITY_RECORDS, { reviewedOn: '2026-06-30' })
  const item = <N extends FidelityItemNumber>(n: N) =>
    prefill.items.find((entry) => entry.item === n) as Extract<FidelityPrefillItem, { item: N }>

  it('looks at the year before the review and returns the six items in order', () => {
    expect(prefill.since).toBe('2025-07-01')
    expect(prefill.items.map((entry) => entry.item)).toEqual([1, 15, 19, 20, 21, 23])
    for (const entry of prefill.items) expect(entry.explanation.length).toBeGreaterThan(0)
  })

  it('item 1: active clients per employment specialist', () => {
    // open on 30.6.: f1–f5 (f6 closed 1.5.) = 5 → ≤ 20 → 5
    expect(item(1)).toMatchObject({ activeClients: 5, clientsPerSpecialist: 5, suggested: 5 })
    // 5 clients on a fifth of a post = 25 per full-time specialist → 21–25 → 4
    const part = prefillFidelity(FIDELITY_RECORDS, { reviewedOn: '2026-06-30', employmentSpecialists: 0.2 })
    expect(part.items[0]).toMatchObject({ clientsPerSpecialist: 25, suggested: 4 })
  })

  it('item 15: median days from entry to the first employer contact', () => {
    // entered in the period: f1, f2, f3, f5, f6; with a contact: f1 20, f6 40, f2 60 → median 40 → 31–60 → 4
    // f3 has waited 1.5. → 30.6. = 60 days (> 30); f5 only 10 days
    expect(item(15)).toMatchObject({
      entered: 5,
      withContact: 3,
      medianDays: 40,
      within30Days: 1,
      waitingOver30Days: 1,
      suggested: 4,
    })
  })

  it('items 19–21: diversity of job types and employers, and competitive jobs, over jobs held in the period', () => {
    // held: f1, f2, f4 (ended 31.8.2025), f6; f4's job that ended 30.6.2025 is before the period
    // types: siivooja (twice, case aside), varastotyöntekijä → 2 different of 3 recorded = 0.667 → 60–69 % → 3
    expect(item(19)).toMatchObject({ jobs: 4, recorded: 3, different: 2, share: 0.667, suggested: 3 })
    // employers: E1, E2, E1, E3 → 3 of 4 = 0.75 → 70–84 % → 4
    expect(item(20)).toMatchObject({ jobs: 4, recorded: 4, different: 3, share: 0.75, suggested: 4 })
    // competitive 3 of 4 = 0.75 → 75–84 % → 3
    expect(item(21)).toMatchObject({ jobs: 4, competitive: 3, share: 0.75, suggested: 3 })
  })

  it('item 23: support elements met per job', () => {
    // f1 (1.3.): met 25.2., 2.3., weekly to 24.3., then 15.4., 20.5., 10.6. → all four elements
    // f2 (20.4.): no meeting before, 22.4. (within 3 days), nothing in week 2, only a phone call after → within 3 only
    // f4 (1.4.2025): started before the period; no contact in its two full months in the period
    // f6 (1.11.2025): no meeting before, first on 5.11. (day 4), weekly from then, monthly to the end
    expect(item(23)).toMatchObject({
      jobs: 4,
      weekBeforeStart: { met: 1, evaluated: 3 },
      within3DaysOfStart: { met: 2, evaluated: 3 },
      weeklyFirstMonth: { met: 2, evaluated: 3 },
      monthlyAfterFirstMonth: { met: 2, evaluated: 4 },
      noContactAfterFirstMonth: 1,
      // three of four elements met in at least half of the jobs: 1 + 3 = 4
      suggested: 4,
    })
  })

  it('suggests nothing where the records cannot tell', () => {
    const empty = prefillFidelity(records({}), { reviewedOn: '2026-06-30' })
    expect(empty.items.map((entry) => entry.suggested)).toEqual([5, null, null, null, null, null])
  })
})
