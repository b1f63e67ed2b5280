import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateEarningsImpact } from './index'
import type { Benefit, CalcInput } from './index'
import { garnishment } from './rules/enforcement'

const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100)
const month = fc
  .tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)
// months where every rule (incl. housing and yleistuki) has parameters
const fullMonth = fc
  .tuple(fc.integer({ min: 2026, max: 2026 }), fc.integer({ min: 5, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)

const independentBenefit: fc.Arbitrary<Benefit> = fc.oneof(
  fc
    .record({
      kind: fc.constant('earnings-disability-pension' as const),
      variant: fc.constantFrom('full', 'partial', 'rehabilitation-subsidy', 'partial-rehabilitation-subsidy' as const),
      monthlyAmount: money(4000),
      establishedEarnings: fc.option(money(8000), { nil: undefined }),
      personalLimit: fc.option(money(4000), { nil: undefined }),
    })
    .map((b) => {
      const out: Benefit = { kind: b.kind, variant: b.variant, monthlyAmount: b.monthlyAmount }
      if (b.establishedEarnings !== undefined) out.establishedEarnings = b.establishedEarnings
      if (b.personalLimit !== undefined) out.personalLimit = b.personalLimit
      return out
    }),
  fc.record({ kind: fc.constant('kela-disability-pension' as const), monthlyAmount: money(1000) }),
  fc.record({
    kind: fc.constant('guarantee-pension' as const),
    monthlyAmount: money(1000),
    disabilityBased: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('unemployment-benefit' as const),
    variant: fc.constantFrom('labour-market-subsidy', 'basic-allowance', 'earnings-related' as const),
    dailyAmount: money(200),
  }),
  fc.record({ kind: fc.constant('disability-allowance' as const), monthlyAmount: money(600) }),
  fc.record({ kind: fc.constant('pensioners-care-allowance' as const), monthlyAmount: money(600) }),
)

const dependentBenefits: fc.Arbitrary<Benefit[]> = fc
  .tuple(
    fc.option(
      fc.record({
        kind: fc.constant('housing-allowance' as const),
        acceptedHousingCosts: money(1500),
        otherGrossIncome: money(3000),
      }),
      { nil: undefined },
    ),
    fc.option(fc.record({ kind: fc.constant('social-assistance' as const), monthlyAmount: money(1500) }), {
      nil: undefined,
    }),
    fc.option(fc.constant({ kind: 'debt-enforcement' as const }), { nil: undefined }),
  )
  .map((xs) => xs.filter((x): x is NonNullable<typeof x> => x !== undefined))

const household = fc.record({
  adults: fc.integer({ min: 1, max: 4 }),
  children: fc.integer({ min: 0, max: 5 }),
  enforcementDependants: fc.integer({ min: 0, max: 5 }),
})

function input(
  m: string,
  gross: number,
  benefits: Benefit[],
  h: CalcInput['household'],
  tax = 20,
  hours?: number,
): CalcInput {
  const wage: CalcInput['wage'] = { grossMonthly: gross, taxRatePercent: tax }
  if (hours !== undefined) wage.hoursPerWeek = hours
  return { month: m, wage, household: h, benefits }
}

describe('properties', () => {
  it('all amounts are finite, ≥ 0 and in whole cents, for any valid input', () => {
    fc.assert(
      fc.property(
        fullMonth,
        money(10000),
        fc.array(independentBenefit, { maxLength: 5 }),
        dependentBenefits,
        household,
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        (m, gross, ind, dep, h, tax, hours) => {
          const r = calculateEarningsImpact(input(m, gross, [...ind, ...dep], h, tax, hours))
          expect(r.items).toHaveLength(ind.length + dep.length)
          for (const it of r.items) {
            for (const x of [it.amountBefore, it.amountAfter, it.limit ?? 0]) {
              expect(Number.isFinite(x)).toBe(true)
              expect(x).toBeGreaterThanOrEqual(0)
              expect(Math.round(x * 100) / 100).toBe(x)
            }
          }
          if (r.enforcement) {
            expect(r.enforcement.garnished).toBeGreaterThanOrEqual(0)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('more wage never raises a benefit that depends only on the wage', () => {
    fc.assert(
      fc.property(
        month,
        money(6000),
        money(2000),
        fc.array(independentBenefit, { minLength: 1, maxLength: 4 }),
        (m, w, extra, benefits) => {
          const a = calculateEarningsImpact(input(m, w, benefits, undefined))
          const b = calculateEarningsImpact(input(m, w + extra, benefits, undefined))
          a.items.forEach((item, i) => {
            expect(b.items[i]?.amountBefore).toBe(item.amountBefore)
            // v2: when more wage stops a pension, the care allowance is replaced by the highest disability allowance
            if (item.kind === 'pensioners-care-allowance') return
            expect(b.items[i]?.amountAfter).toBeLessThanOrEqual(item.amountAfter)
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('more wage never raises housing allowance or the garnish-free wage when no pension is involved', () => {
    const unemployment = fc.option(
      fc.record({
        kind: fc.constant('unemployment-benefit' as const),
        variant: fc.constant('yleistuki' as const),
        dailyAmount: money(100),
      }),
      { nil: undefined },
    )
    fc.assert(
      fc.property(
        fullMonth,
        money(6000),
        money(2000),
        unemployment,
        dependentBenefits,
        household,
        fc.integer({ min: 0, max: 60 }),
        (m, w, extra, u, dep, h, tax) => {
          const benefits: Benefit[] = u ? [u, ...dep] : dep
          const a = calculateEarningsImpact(input(m, w, benefits, h, tax))
          const b = calculateEarningsImpact(input(m, w + extra, benefits, h, tax))
          a.items.forEach((item, i) => {
            if (item.kind === 'social-assistance') return
            expect(b.items[i]?.amountAfter).toBeLessThanOrEqual(item.amountAfter)
          })
          expect(b.enforcement?.garnished ?? 0).toBeGreaterThanOrEqual(a.enforcement?.garnished ?? 0)
        },
      ),
      { numRuns: 300 },
    )
  })

  // v2 counts other benefits' changes at net. The general housing allowance counts income in whole euros, so one
  // more cent of wage can lower it by up to 0,35 € (0,5 × 0,7 of a euro) and raise social assistance by that much.
  it("more wage never raises social assistance when net = gross (beyond the housing allowance's euro steps)", () => {
    const unemployment = fc.option(
      fc.record({
        kind: fc.constant('unemployment-benefit' as const),
        variant: fc.constant('yleistuki' as const),
        dailyAmount: money(100),
      }),
      { nil: undefined },
    )
    fc.assert(
      fc.property(
        fullMonth,
        money(6000),
        money(2000),
        unemployment,
        dependentBenefits,
        household,
        (m, w, extra, u, dep, h) => {
          // debt enforcement is left out: a growing garnish is not income, so social assistance may rightly rise
          const rest = dep.filter((b) => b.kind !== 'debt-enforcement')
          const benefits: Benefit[] = u ? [u, ...rest] : rest
          const a = calculateEarningsImpact(input(m, w, benefits, h, 0))
          const b = calculateEarningsImpact(input(m, w + extra, benefits, h, 0))
          a.items.forEach((item, i) => {
            if (item.kind !== 'social-assistance') return
            expect(b.items[i]?.amountAfter).toBeLessThanOrEqual(item.amountAfter + 0.37)
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('garnishment is continuous and non-decreasing in the net wage, at most half of it', () => {
    fc.assert(
      fc.property(money(20000), money(50), fc.integer({ min: 900, max: 2000 }), (n, d, s) => {
        const g1 = garnishment(n, s)
        const g2 = garnishment(n + d, s)
        expect(g2).toBeGreaterThanOrEqual(g1)
        expect(g2 - g1).toBeLessThanOrEqual(d + 0.011)
        expect(g1).toBeLessThanOrEqual(n / 2)
      }),
      { numRuns: 500 },
    )
  })

  it('enforcement: garnished ≤ half the income base; more wage never lowers the base (no pension involved)', () => {
    fc.assert(
      fc.property(
        fullMonth,
        money(6000),
        money(2000),
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('kela-disability-pension' as const), monthlyAmount: money(1000) }),
            fc.record({
              kind: fc.constant('unemployment-benefit' as const),
              variant: fc.constant('yleistuki' as const),
              dailyAmount: money(100),
            }),
          ),
          { maxLength: 2 },
        ),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (m, w, extra, rest, tax, deps) => {
          const benefits: Benefit[] = [{ kind: 'debt-enforcement' }, ...rest]
          const h = { enforcementDependants: deps }
          const a = calculateEarningsImpact(input(m, w, benefits, h, tax)).enforcement
          const b = calculateEarningsImpact(input(m, w + extra, benefits, h, tax)).enforcement
          expect(a?.garnished).toBeLessThanOrEqual((a?.incomeBase ?? 0) / 2)
          expect(b?.garnishedBefore).toBe(a?.garnishedBefore)
          // A Kela pension stops over its limit, so the base may fall. With unemployment benefit only it cannot: net
          // wage rises by (1 − t) per euro and the benefit falls by 0,5 (1 − t), up to cent rounding of the two.
          if (rest.every((x) => x.kind === 'unemployment-benefit')) {
            // In whole cents: 2732.24 − 0.02 is 2732.2400000000002 in floating point.
            expect(Math.round(((b?.incomeBase ?? 0) - (a?.incomeBase ?? 0)) * 100)).toBeGreaterThanOrEqual(-2)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('zero wage leaves every benefit as it is', () => {
    fc.assert(
      fc.property(
        fullMonth,
        fc.array(independentBenefit, { maxLength: 4 }),
        dependentBenefits,
        household,
        (m, ind, dep, h) => {
          const r = calculateEarningsImpact(input(m, 0, [...ind, ...dep], h))
          for (const it of r.items) expect(it.amountAfter).toBe(it.amountBefore)
        },
      ),
      { numRuns: 200 },
    )
  })
})
