import { describe, expect, expectTypeOf, it } from 'vitest'
import { calculateEarningsImpact } from './index'
import type { CalcInput, CalcResult, Status } from './index'

const STATUSES: Status[] = [
  'unaffected',
  'within-limit',
  'reduced',
  'may-convert-to-partial',
  'over-limit',
  'not-payable',
]

describe('public contract (spec §2)', () => {
  it('one-argument call works and returns the contract shape', () => {
    expectTypeOf(calculateEarningsImpact).parameter(0).toEqualTypeOf<CalcInput>()
    expectTypeOf(calculateEarningsImpact).returns.toEqualTypeOf<CalcResult>()
    const r = calculateEarningsImpact({
      month: '2025-06',
      wage: { grossMonthly: 1100, netMonthly: 900, taxRatePercent: 18, hoursPerWeek: 25, fullTimeHoursPerWeek: 37.5 },
      household: { adults: 1, children: 0, enforcementDependants: 0 },
      benefits: [
        { kind: 'earnings-disability-pension', variant: 'full', monthlyAmount: 900, establishedEarnings: 2600 },
        { kind: 'kela-disability-pension', monthlyAmount: 300 },
        { kind: 'guarantee-pension', monthlyAmount: 100, disabilityBased: true },
        { kind: 'unemployment-benefit', variant: 'earnings-related', dailyAmount: 60 },
        { kind: 'housing-allowance', acceptedHousingCosts: 500, otherGrossIncome: 0 },
        { kind: 'social-assistance', monthlyAmount: 100 },
        { kind: 'debt-enforcement' },
        { kind: 'disability-allowance', monthlyAmount: 110 },
        { kind: 'pensioners-care-allowance', monthlyAmount: 83.34 },
      ],
    })
    expect(r.month).toBe('2025-06')
    expect(r.items.map((i) => i.kind)).toEqual([
      'earnings-disability-pension',
      'kela-disability-pension',
      'guarantee-pension',
      'unemployment-benefit',
      'housing-allowance',
      'social-assistance',
      'debt-enforcement',
      'disability-allowance',
      'pensioners-care-allowance',
    ])
    for (const item of r.items) {
      expect(STATUSES).toContain(item.status)
      expect(Number.isFinite(item.amountBefore)).toBe(true)
      expect(Number.isFinite(item.amountAfter)).toBe(true)
      expect(item.explanation.length).toBeGreaterThan(0)
      expect(item.sources.length).toBeGreaterThan(0)
      for (const s of item.sources) expect(s).toMatch(/^https?:\/\//)
      // every amount is in whole cents
      for (const x of [item.amountBefore, item.amountAfter, item.limit ?? 0]) expect(Math.round(x * 100) / 100).toBe(x)
    }
    // v2: the pensions and the unemployment benefit are in the income base, so something is garnished here (v1: 0);
    // incomeBase, incomeBaseBefore and garnishedBefore are optional in the type and always set by this engine
    expect(r.enforcement?.protectedAmount).toBe(986.4)
    for (const x of [r.enforcement?.incomeBase, r.enforcement?.incomeBaseBefore, r.enforcement?.garnishedBefore]) {
      expect(Number.isFinite(x)).toBe(true)
    }
    expect(r.enforcement?.garnished).toBeGreaterThan(0)
    expect(r.enforcement?.garnished).toBeLessThanOrEqual((r.enforcement?.incomeBase ?? 0) / 2)
    expect(Array.isArray(r.warnings)).toBe(true)
  })
  it('warnings: report to Kela and pension provider, tax card, month paid', () => {
    const r = calculateEarningsImpact({
      month: '2025-06',
      wage: { grossMonthly: 800 },
      benefits: [
        { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 900 },
        { kind: 'kela-disability-pension', monthlyAmount: 300 },
      ],
    })
    const w = r.warnings.join('\n')
    expect(w).toMatch(/Kelaan ja työeläkelaitokselle/)
    expect(w).toMatch(/verokortti/)
    expect(w).toMatch(/kuukautena, jona se maksetaan/)
    expect(w).toMatch(/arvioituja lukuja.*Täysi takuueläke/)
  })
  it('earnings-related unemployment benefit is reported to the unemployment fund', () => {
    const r = calculateEarningsImpact({
      month: '2025-06',
      wage: { grossMonthly: 800 },
      benefits: [{ kind: 'unemployment-benefit', variant: 'earnings-related', dailyAmount: 60 }],
    })
    expect(r.warnings.join('\n')).toMatch(/Ilmoita työn aloittamisesta ja palkasta työttömyyskassaan\./)
  })
  it('no job → no job warnings', () => {
    const r = calculateEarningsImpact({
      month: '2024-06',
      wage: { grossMonthly: 0 },
      benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 300 }],
    })
    expect(r.warnings).toEqual([])
  })
})
