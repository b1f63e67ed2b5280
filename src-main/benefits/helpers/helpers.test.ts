import { describe, expect, it } from 'vitest'
import {
  addMonths,
  breakEven,
  calculateEarningsImpact,
  calculateYearView,
  incomeSummary,
  monthlyWageFromHourly,
  netWageEstimate,
  WEEKS_PER_MONTH,
} from '../index'
import type { Benefit, CalcInput } from '../index'

describe('wage conversion', () => {
  it('€/hour × hours/week × 52/12', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.3333, 4)
    expect(monthlyWageFromHourly(12, 20)).toBe(1040)
    expect(monthlyWageFromHourly(13.37, 18)).toBe(1042.86) // 1042.86
    expect(monthlyWageFromHourly(0, 20)).toBe(0)
  })
  it('rejects bad numbers naming the argument', () => {
    expect(() => monthlyWageFromHourly(-1, 20)).toThrow(/^hourlyWage:/)
    expect(() => monthlyWageFromHourly(12, Number.NaN)).toThrow(/^hoursPerWeek:/)
  })
  it('net wage estimate from the tax rate', () => {
    expect(netWageEstimate(1000, 20)).toBe(800)
    expect(netWageEstimate(1234.56, 17.5)).toBe(1018.51) // 1018.512
    expect(() => netWageEstimate(1000, 120)).toThrow(/^taxRatePercent:/)
  })
})

const pensions: Benefit[] = [
  { kind: 'earnings-disability-pension', variant: 'full', monthlyAmount: 1200, establishedEarnings: 3000 },
  { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 700, establishedEarnings: 1000 },
  { kind: 'kela-disability-pension', monthlyAmount: 300 },
  { kind: 'guarantee-pension', monthlyAmount: 100, disabilityBased: false },
  { kind: 'unemployment-benefit', variant: 'basic-allowance', dailyAmount: 37.21 },
]

describe('break-even', () => {
  it('highest wage within each pension limit, and hours/week at an hourly wage (rounded down)', () => {
    const r = breakEven({ month: '2025-06', wage: { grossMonthly: 0 }, benefits: pensions }, 12)
    expect(r).toEqual([
      {
        benefitIndex: 0,
        kind: 'earnings-disability-pension',
        variant: 'full',
        maxWageWithinLimit: 1200,
        maxWageBeforeSuspension: 1800,
        hoursPerWeekWithinLimit: 23.07, // 1200 / 52 = 23.0769…
        hoursPerWeekBeforeSuspension: 34.61,
      },
      {
        benefitIndex: 1,
        kind: 'earnings-disability-pension',
        variant: 'partial',
        maxWageWithinLimit: 986.3,
        hoursPerWeekWithinLimit: 18.96,
      },
      { benefitIndex: 2, kind: 'kela-disability-pension', maxWageWithinLimit: 986.3, hoursPerWeekWithinLimit: 18.96 },
    ])
  })
  it('the hours found keep the wage within the limit, and the limit wage is within-limit', () => {
    for (const hourly of [9.5, 11.11, 12, 14.87, 23]) {
      for (const b of breakEven({ month: '2026-02', wage: { grossMonthly: 0 }, benefits: pensions }, hourly)) {
        const wage = monthlyWageFromHourly(hourly, b.hoursPerWeekWithinLimit ?? 0)
        expect(wage).toBeLessThanOrEqual(b.maxWageWithinLimit)
        const input: CalcInput = {
          month: '2026-02',
          wage: { grossMonthly: b.maxWageWithinLimit },
          benefits: [pensions[b.benefitIndex] as Benefit],
        }
        expect(calculateEarningsImpact(input).items[0]?.status).toBe('within-limit')
        input.wage.grossMonthly = b.maxWageWithinLimit + 0.01
        expect(calculateEarningsImpact(input).items[0]?.status).not.toBe('within-limit')
      }
    }
  })
  it('without an hourly wage gives only the euro limits; rejects a zero hourly wage', () => {
    const r = breakEven({ month: '2025-06', wage: { grossMonthly: 0 }, benefits: pensions })
    expect(r[0]?.hoursPerWeekWithinLimit).toBeUndefined()
    expect(() => breakEven({ month: '2025-06', wage: { grossMonthly: 0 }, benefits: pensions }, 0)).toThrow(
      /^hourlyWage:/,
    )
  })
})

describe('12-month view', () => {
  const base = { benefits: [pensions[0] as Benefit, pensions[2] as Benefit], wage: { hoursPerWeek: 20 } }
  it('addMonths crosses years', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(addMonths('2024-01', 11)).toBe('2024-12')
  })
  it('marks months over a limit and applies the 3-consecutive-months rule', () => {
    const wages = [0, 900, 1000, 1000, 0, 2000, 2000, 2000, 2000, 500, 1300, 0]
    const view = calculateYearView({ startMonth: '2025-09', grossWages: wages, base })
    expect(view.months.map((m) => m.month)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ])
    expect(view.months.map((m) => m.overLimit)).toEqual([
      false,
      false,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      false,
      true,
      false,
    ])
    // each month uses its own year's floor
    expect(view.months[3]?.result.items[1]?.limit).toBe(986.3)
    expect(view.months[4]?.result.items[1]?.limit).toBe(990.9)
    const [earnings, kela] = view.pensions
    expect(earnings?.overLimitMonths).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-07'])
    expect(earnings?.runs).toEqual([
      { from: '2026-02', to: '2026-05', months: 4, outcome: 'suspended' },
      { from: '2026-07', to: '2026-07', months: 1, outcome: 'work-trial-possible' },
    ])
    expect(earnings?.outcome).toBe('suspended')
    expect(kela?.runs.map((r) => [r.from, r.months, r.outcome])).toEqual([
      ['2025-11', 2, 'work-trial-possible'],
      ['2026-02', 4, 'suspended'],
      ['2026-07', 1, 'work-trial-possible'],
    ])
  })
  it('a full pension 3+ months between the 40 % and 60 % limits may convert to partial', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: [1500, 1500, 1500, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      base: { benefits: [pensions[0] as Benefit] },
    })
    expect(view.pensions[0]?.outcome).toBe('may-convert-to-partial')
  })
  it('1–2 months over (e.g. holiday pay) → work trial possible', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: [800, 800, 800, 800, 800, 2500, 800, 800, 800, 800, 800, 800],
      base: { benefits: [pensions[2] as Benefit] },
    })
    expect(view.pensions[0]?.outcome).toBe('work-trial-possible')
    expect(view.totals.grossWages).toBe(11300)
    expect(view.totals.benefitsBefore).toBe(3600)
    // v2: a single month over the limit is a work trial, so the pension is paid that month too
    expect(view.totals.benefitsAfter).toBe(3600)
    expect(view.months[5]?.overLimit).toBe(true)
    expect(view.months[5]?.workTrial).toBe(true)
    expect(view.months[5]?.result.items[0]?.amountAfter).toBe(300)
    expect(view.months[5]?.notes.join(' ')).toMatch(/työkokeilu/)
  })
  it('validates its own input', () => {
    expect(() => calculateYearView({ startMonth: '2025-01', grossWages: [1, 2], base })).toThrow(/^grossWages:/)
    expect(() =>
      calculateYearView({ startMonth: '2025-01', grossWages: [0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0], base }),
    ).toThrow(/^grossWages\[3\]:/)
    expect(() => calculateYearView({ startMonth: '25-01', grossWages: new Array(12).fill(0), base })).toThrow(
      /^startMonth:/,
    )
    expect(() => calculateYearView({ startMonth: '2026-06', grossWages: new Array(12).fill(0), base })).toThrow(
      /^month: 2027-01: no rules/,
    )
  })
  it('uses per-month net wages when given', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: new Array(12).fill(1500),
      netWages: new Array(12).fill(1200),
      base: { benefits: [{ kind: 'debt-enforcement' }] },
    })
    expect(view.months[0]?.result.enforcement?.garnished).toBe(142.4)
  })
})

describe('income summary', () => {
  it('totals before and after, with the wage and the garnish', () => {
    const input: CalcInput = {
      month: '2026-06',
      wage: { grossMonthly: 1000, taxRatePercent: 20 },
      benefits: [
        { kind: 'unemployment-benefit', variant: 'yleistuki', dailyAmount: 37.21 },
        { kind: 'disability-allowance', monthlyAmount: 110 },
      ],
    }
    const s = incomeSummary(input, calculateEarningsImpact(input))
    expect(s).toEqual({
      benefitsBefore: 910.02,
      benefitsAfter: 410.02,
      grossWage: 1000,
      netWage: 800,
      garnished: 0,
      garnishedBefore: 0,
      totalBefore: 910.02,
      totalAfter: 1410.02,
      change: 500,
    })
  })
  it('v2: the garnish without the job (from the benefits) is taken off the total before', () => {
    const input: CalcInput = {
      month: '2025-05',
      wage: { grossMonthly: 900, netMonthly: 720 },
      benefits: [
        { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 1500 },
        { kind: 'debt-enforcement' },
      ],
    }
    const s = incomeSummary(input, calculateEarningsImpact(input))
    // before: base 1 500 → 2/3 × (1 500 − 986,40) = 342,40; after: base 2 220 → 2 220 / 3 = 740,00
    expect(s.garnishedBefore).toBe(342.4)
    expect(s.garnished).toBe(740)
    expect(s.totalBefore).toBe(1157.6)
    expect(s.totalAfter).toBe(1660) // 1 500 + 900 − 740
  })
})
