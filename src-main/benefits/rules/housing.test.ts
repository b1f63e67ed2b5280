import { describe, expect, it } from 'vitest'
import { applyParameterOverrides, calculateEarningsImpact, DEFAULT_PARAMETER_TABLE } from '../index'
import type { Benefit, ParameterRow } from '../index'
import { one, run } from '../test-helpers'

const housing = (acceptedHousingCosts: number, otherGrossIncome?: number): Benefit =>
  otherGrossIncome === undefined
    ? { kind: 'housing-allowance', acceptedHousingCosts }
    : { kind: 'housing-allowance', acceptedHousingCosts, otherGrossIncome }

describe('general housing allowance (from 2024-04)', () => {
  it('Kela decision 11/2025: income 800, 1 adult, costs 447 → POV 19,50, allowance 299,25', () => {
    const item = one('2025-11', 0, housing(447, 800))
    expect(item.amountBefore).toBe(299.25)
    expect(item.amountAfter).toBe(299.25)
    expect(item.status).toBe('unaffected')
    expect(item.explanation.join(' ')).toMatch(/perusomavastuu 19,50/)
  })
  it('POV illustrations (1 adult): gross 1 000 / 1 200 / 1 500 → POV 119,50 / 219,50 / 369,50', () => {
    expect(one('2025-06', 1000, housing(500)).amountAfter).toBe(266.35) // 0.7 × (500 − 119.5)
    expect(one('2025-06', 1200, housing(500)).amountAfter).toBe(196.35)
    expect(one('2025-06', 1500, housing(500)).amountAfter).toBe(91.35)
  })
  it('without the job, wage is not income', () => {
    const item = one('2025-06', 1000, housing(500))
    expect(item.amountBefore).toBe(350)
    expect(item.status).toBe('reduced')
  })
  it('POV under 10 € counts as zero (edge 780 / 781 in whole euros)', () => {
    // v2: income is counted in whole euros (Kela), so 780,49 → 780 → POV 9,50 → 0; 780,50 → 781 → POV 10,00
    expect(one('2025-06', 780.49, housing(500)).amountAfter).toBe(350)
    expect(one('2025-06', 780.5, housing(500)).amountAfter).toBe(343)
    expect(one('2025-06', 781, housing(500)).amountAfter).toBe(343)
  })
  it('income limit depends on adults and children: 667 + 94 A + 296 C', () => {
    // 2 adults, 1 child: threshold 1 151; income 1 351 → POV 100 → 0.7 × 400
    expect(one('2025-06', 1351, housing(500), { household: { adults: 2, children: 1 } }).amountAfter).toBe(280)
    expect(one('2025-06', 1151, housing(500), { household: { adults: 2, children: 1 } }).amountAfter).toBe(350)
  })
  it('allowance never goes below zero', () => {
    expect(one('2025-06', 5000, housing(500)).amountAfter).toBe(0)
  })
  it('counts the pensions and unemployment benefits of the same calculation (before and after)', () => {
    const r = run('2025-06', 1000, [
      housing(500),
      { kind: 'unemployment-benefit', variant: 'basic-allowance', dailyAmount: 37.21 },
      { kind: 'disability-allowance', monthlyAmount: 110 },
    ])
    // v2 whole euros: before 800,02 → 800 → POV 19,50; after 1 000 + 300,02 → 1 300 → POV 269,50
    expect(r.items[0]?.amountBefore).toBe(336.35)
    expect(r.items[0]?.amountAfter).toBe(161.35)
  })
  it('a suspended pension can raise the allowance (income falls)', () => {
    const r = run('2025-06', 1000, [
      housing(500),
      { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 2000 },
    ])
    expect(r.items[1]?.status).toBe('over-limit')
    expect(r.items[0]?.amountBefore).toBe(0)
    expect(r.items[0]?.amountAfter).toBe(266.35)
    expect(r.items[0]?.status).toBe('within-limit')
  })
  it('warns about the review when household income rises by 400 €/month or more', () => {
    expect(run('2025-06', 400, [housing(500)]).warnings.join(' ')).toMatch(/asumistuki tarkistetaan/)
    // v2 whole euros: 399,49 → 399 stays under the limit (399,99 → 400 reaches it)
    expect(run('2025-06', 399.49, [housing(500)]).warnings.join(' ')).not.toMatch(/asumistuki tarkistetaan/)
    expect(run('2025-06', 399.99, [housing(500)]).warnings.join(' ')).toMatch(/asumistuki tarkistetaan/)
  })
  it('2024-04 uses the new formula (70 %, 0,50), flagged as estimated constants', () => {
    const r = run('2024-04', 1000, [housing(500)])
    expect(r.items[0]?.amountAfter).toBe(266.35)
    expect(r.warnings.join(' ')).toMatch(/arvioituja/)
  })
  it('2025 figures are verified: no estimate warning', () => {
    expect(run('2025-06', 1000, [housing(500)]).warnings.join(' ')).not.toMatch(/arvioituja/)
  })
})

describe('general housing allowance before 2024-04', () => {
  it('throws naming month: the old formula constants are not verified', () => {
    expect(() => one('2024-03', 1000, housing(500))).toThrow(/^month: no verified general housing allowance rules/)
    expect(() => one('2024-01', 0, housing(500))).toThrow(/^month:/)
  })
  it('works once the constants are added to the table (Kela ≈2023 examples: 80 %, 0,42, 300 € deduction)', () => {
    const row = (key: ParameterRow['key'], value: number): ParameterRow => ({
      key,
      validFrom: '2024-01-01',
      value,
      unit: 'EUR/month',
      status: 'verified',
      source: 'https://www.kela.fi/fa/asumisen-tuet-maara-ja-maksaminen',
    })
    const parameters = applyParameterOverrides(DEFAULT_PARAMETER_TABLE, [
      row('housing.incomeBase', 619),
      row('housing.incomePerAdult', 103),
      row('housing.incomePerChild', 228),
    ])
    const calc = (wage: number, b: Benefit, household?: { adults: number; children: number }) =>
      calculateEarningsImpact(
        household
          ? { month: '2024-02', wage: { grossMonthly: wage }, household, benefits: [b] }
          : { month: '2024-02', wage: { grossMonthly: wage }, benefits: [b] },
        { parameters },
      ).items[0]
    // Jaakko: income 742 → POV 8,40 ignored → 0,8 × 413 = 330,40
    expect(calc(0, housing(413, 742))?.amountBefore).toBe(330.4)
    // the same income as wages: 300 € earned-income deduction first
    expect(calc(1042, housing(413))?.amountAfter).toBe(330.4)
    // Niina & Juuso + child: income 2 403 → POV 567 → 0,8 × (720 − 567) = 122,40
    expect(calc(0, housing(720, 2403), { adults: 2, children: 1 })?.amountBefore).toBe(122.4)
  })
})
