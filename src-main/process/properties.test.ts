import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoOf } from './dates'
import { LISTING_DAYS, outcomeDetails, outcomeReport, outcomeRows, reviewCaseload } from './index'
import { summariseRows } from './report'
import type { CaseloadRecords, Phase } from './index'
import { compareDueItems } from './review'

// Days from 1.1.2025 (day 20089) over two years: enough for every rule's clock to run out.
const FIRST_DAY = 20_089
const date = fc.integer({ min: 0, max: 730 }).map((offset) => isoOf(FIRST_DAY + offset))
const later = (from: string, maxDays: number) =>
  fc.integer({ min: 0, max: maxDays }).map((days) => isoOf(Date.parse(from) / 86_400_000 + days))

const clientArb = (id: string) =>
  fc
    .record({
      referredOn: fc.option(date, { nil: undefined }),
      enteredOn: fc.option(date, { nil: undefined }),
      closeAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      closureReason: fc.option(fc.constantFrom('goal-reached', 'client-wish', 'not-reached', 'moved' as const), {
        nil: undefined,
      }),
      workingAtReferral: fc.option(fc.boolean(), { nil: undefined }),
      phases: fc.array(fc.record({ phase: fc.constantFrom<Phase>(1, 2, 3, 4, 5), from: date }), { maxLength: 4 }),
      maintenanceFrom: fc.option(date, { nil: undefined }),
    })
    .map(({ closeAfter, ...c }) => {
      const closedOn =
        c.enteredOn !== undefined && closeAfter !== undefined
          ? isoOf(Date.parse(c.enteredOn) / 86_400_000 + closeAfter)
          : undefined
      return { id, ...c, closedOn }
    })

const caseloadArb: fc.Arbitrary<CaseloadRecords> = fc.integer({ min: 0, max: 12 }).chain((size) => {
  const ids = Array.from({ length: size }, (_, i) => `k${String(i).padStart(2, '0')}`)
  if (size === 0) return fc.constant({ clients: [], contacts: [], jobs: [], education: [] })
  const id = fc.constantFrom(...ids)
  const contact = fc.record({
    clientId: fc.option(id, { nil: undefined }),
    on: date,
    with: fc.constantFrom('client', 'client', 'employer', 'family', 'care-team', 'other' as const),
    reached: fc.boolean(),
    faceToFace: fc.boolean(),
  })
  const spell = fc
    .record({ clientId: id, startedOn: date, open: fc.boolean() })
    .chain(({ open, ...s }) => (open ? fc.constant(s) : later(s.startedOn, 300).map((endedOn) => ({ ...s, endedOn }))))
  return fc.record({
    clients: fc.tuple(...ids.map(clientArb)),
    contacts: fc.array(contact, { maxLength: 60 }),
    jobs: fc.array(
      fc
        .tuple(spell, fc.integer({ min: 0, max: 40 }), fc.boolean())
        .map(([s, hoursPerWeek, competitive]) => ({ ...s, hoursPerWeek, competitive })),
      { maxLength: 12 },
    ),
    education: fc.array(spell, { maxLength: 6 }),
  })
})

const periodArb = fc.tuple(date, date).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))

function shuffled<T>(items: readonly T[], seed: number): T[] {
  return items
    .map((item, i) => ({ item, key: (i * 7919 + seed * 104_729) % 1_000_003 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item)
}

/** The same records in another order (each client's phase history keeps its order: it is a history). */
function reordered(records: CaseloadRecords, seed: number): CaseloadRecords {
  return {
    clients: shuffled(records.clients, seed),
    contacts: shuffled(records.contacts, seed + 1),
    jobs: shuffled(records.jobs, seed + 2),
    education: shuffled(records.education, seed + 3),
  }
}

describe('reviewCaseload properties', () => {
  it('lists sorted, listed-by-rule items for active clients only, and counts phases to the active total', () => {
    fc.assert(
      fc.property(caseloadArb, date, (records, today) => {
        const review = reviewCaseload(records, today)
        const todayDay = Date.parse(today) / 86_400_000
        const byId = new Map(records.clients.map((c) => [c.id, c]))
        const { 1: p1, 2: p2, 3: p3, 4: p4, 5: p5, none } = review.byPhase
        expect(p1 + p2 + p3 + p4 + p5 + none).toBe(review.active)
        expect([20, 30]).toContain(review.recommendedMax)
        for (let i = 1; i < review.due.length; i++) {
          expect(compareDueItems(review.due[i - 1]!, review.due[i]!)).toBeLessThan(0)
        }
        for (const item of review.due) {
          const c = byId.get(item.clientId)!
          expect(c.enteredOn! <= today && (c.closedOn === undefined || c.closedOn > today)).toBe(true)
          const dueDay = Date.parse(item.dueOn) / 86_400_000
          expect(item.overdue).toBe(todayDay > dueDay)
          expect(dueDay).toBeLessThanOrEqual(item.kind === 'unreachable' ? todayDay : todayDay + LISTING_DAYS)
        }
        const unreachable = new Set(review.due.filter((i) => i.kind === 'unreachable').map((i) => i.clientId))
        expect(review.due.some((i) => i.kind === 'no-recent-contact' && unreachable.has(i.clientId))).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic: the order of the records does not change the review', () => {
    fc.assert(
      fc.property(caseloadArb, date, fc.nat(1000), (records, today, seed) => {
        expect(reviewCaseload(reordered(records, seed), today)).toEqual(reviewCaseload(records, today))
      }),
      { numRuns: 200 },
    )
  })

  it('shows a travelling coach 25 whatever the phases', () => {
    fc.assert(
      fc.property(caseloadArb, date, (records, today) => {
        expect(reviewCaseload(records, today, { model: 'travelling' }).recommendedMax).toBe(25)
      }),
      { numRuns: 50 },
    )
  })
})

describe('outcomeReport properties', () => {
  it('keeps rates within 0..1 and counts within the served clients', () => {
    fc.assert(
      fc.property(caseloadArb, periodArb, (records, period) => {
        const r = outcomeReport(records, period)
        for (const value of [r.employmentRate, r.outOfWorkEmploymentRate, r.firstEmployerContactWithin30Days]) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0)
            expect(value).toBeLessThanOrEqual(1)
            expect(Math.round(value * 1000)).toBeCloseTo(value * 1000, 6) // 3 decimals
          }
        }
        expect(r.employed).toBeLessThanOrEqual(r.served)
        expect(r.inEducation).toBeLessThanOrEqual(r.served)
        expect(r.workingOrStudying).toBeLessThanOrEqual(r.served)
        expect(r.workingOrStudying).toBeGreaterThanOrEqual(Math.max(r.employed, r.inEducation))
        expect(r.outOfWorkServed).toBeLessThanOrEqual(r.served)
        expect(r.outOfWorkEmployed).toBeLessThanOrEqual(r.outOfWorkServed)
        expect(r.firstJobStarts).toBeLessThanOrEqual(r.jobStarts)
        expect(r.served === 0).toBe(r.employmentRate === null)
        const atEnd = Object.values(r.byPhaseAtEnd).reduce((a, b) => a + b, 0)
        expect(atEnd).toBeLessThanOrEqual(r.served) // open on `to` implies served
        const closed = Object.values(r.closures).reduce((a, b) => a + b, 0)
        expect(closed).toBeLessThanOrEqual(records.clients.length)
        if (r.medianDaysToFirstEmployerContact !== null) {
          expect(r.medianDaysToFirstEmployerContact).toBeGreaterThanOrEqual(0)
          expect(r.entries).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic: the order of the records does not change the report', () => {
    fc.assert(
      fc.property(caseloadArb, periodArb, fc.nat(1000), (records, period, seed) => {
        expect(outcomeReport(reordered(records, seed), period)).toEqual(outcomeReport(records, period))
      }),
      { numRuns: 200 },
    )
  })

  it('serves in a period at least the clients active on any of its days', () => {
    fc.assert(
      fc.property(caseloadArb, periodArb, (records, period) => {
        const served = outcomeReport(records, period).served
        expect(reviewCaseload(records, period.from).active).toBeLessThanOrEqual(served)
        expect(reviewCaseload(records, period.to).active).toBeLessThanOrEqual(served)
      }),
      { numRuns: 200 },
    )
  })
})

describe('outcome rows and details properties', () => {
  /** Records of the clients `keep` picks, with their contacts, jobs and courses. */
  const part = (records: CaseloadRecords, keep: (id: string) => boolean): CaseloadRecords => ({
    clients: records.clients.filter((c) => keep(c.id)),
    contacts: records.contacts.filter((c) => c.clientId === undefined || keep(c.clientId)),
    jobs: records.jobs.filter((j) => keep(j.clientId)),
    education: records.education.filter((e) => keep(e.clientId)),
  })

  it("adds two coaches' rows up to the figures of their combined caseload", () => {
    fc.assert(
      fc.property(caseloadArb, periodArb, fc.nat(1), (records, period, parity) => {
        const first = (id: string) => Number(id.slice(1)) % 2 === parity
        const rows = [
          ...outcomeRows(part(records, first), period),
          ...outcomeRows(
            part(records, (id) => !first(id)),
            period,
          ),
        ]
        expect(summariseRows(rows, period)).toEqual(outcomeReport(records, period))
      }),
      { numRuns: 200 },
    )
  })

  it('spreads the job starts over the months and the entries over the first-contact bands', () => {
    fc.assert(
      fc.property(caseloadArb, periodArb, (records, period) => {
        const details = outcomeDetails(records, period)
        expect(details.report).toEqual(outcomeReport(records, period))
        expect(details.jobStartsByMonth.reduce((n, m) => n + m.jobStarts, 0)).toBe(details.report.jobStarts)
        expect(details.jobStartsByMonth[0]!.month).toBe(period.from.slice(0, 7))
        expect(details.jobStartsByMonth.at(-1)!.month).toBe(period.to.slice(0, 7))
        const banded = details.firstEmployerContactDays.reduce((n, b) => n + b.clients, 0)
        expect(banded + details.enteredWithoutEmployerContact).toBe(details.report.entries)
      }),
      { numRuns: 200 },
    )
  })
})
