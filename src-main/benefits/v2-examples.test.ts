// (Over 300 lines: one file for all §5 examples and their sources, so the list can be checked in one place.)
// Version 2 rules (spec §5) and the published worked examples behind them. Each test names its source.
import { describe, expect, it } from 'vitest'
import { CalcInputError, calculateEarningsImpact, calculateYearView, type ParameterRow } from './index'
import { run } from './test-helpers'

describe('§5 debt enforcement on the whole income base', () => {
  it('§5 example (2025-05): partial pension 960 € + net wage 720 € → base 1 680, garnished 462,40; before 0', () => {
    const r = run(
      '2025-05',
      900,
      [{ kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 960 }, { kind: 'debt-enforcement' }],
      { wage: { netMonthly: 720 } },
    )
    expect(r.items[0]?.status).toBe('within-limit')
    expect(r.enforcement).toEqual({
      protectedAmount: 986.4,
      garnished: 462.4,
      incomeBase: 1680,
      incomeBaseBefore: 960,
      garnishedBefore: 0,
    })
    expect(r.items[1]?.explanation.join(' ')).toMatch(/nettopalkka 720,00\s€ \+ etuudet 960,00\s€/)
  })
  it('benefits count at net: withholding at wage.taxRatePercent, or the row’s own netMonthly', () => {
    const pension = { kind: 'kela-disability-pension' as const, monthlyAmount: 1000 }
    const byTax = run('2025-06', 500, [pension, { kind: 'debt-enforcement' }], { wage: { taxRatePercent: 20 } })
    expect(byTax.enforcement?.incomeBaseBefore).toBe(800)
    expect(byTax.enforcement?.incomeBase).toBe(1200) // 400 + 800
    const own = run('2025-06', 500, [{ ...pension, netMonthly: 900 }, { kind: 'debt-enforcement' }], {
      wage: { taxRatePercent: 20 },
    })
    expect(own.enforcement?.incomeBase).toBe(1300) // 400 + 900
  })
  it('labour-market subsidy is in the base (Turku Court of Appeal THO:2023:3); housing allowance is not', () => {
    const r = run(
      '2025-06',
      0,
      [
        { kind: 'unemployment-benefit', variant: 'labour-market-subsidy', dailyAmount: 37.21 },
        { kind: 'housing-allowance', acceptedHousingCosts: 500 },
        { kind: 'debt-enforcement' },
      ],
      { wage: { netMonthly: 0 } },
    )
    expect(r.enforcement?.incomeBase).toBe(800.02)
    expect(r.enforcement?.garnished).toBe(0)
  })
  it('a stopped pension leaves the base: over the limit only the wage is garnished', () => {
    const r = run(
      '2025-06',
      2500,
      [{ kind: 'kela-disability-pension', monthlyAmount: 800 }, { kind: 'debt-enforcement' }],
      {
        wage: { netMonthly: 1900 },
      },
    )
    expect(r.enforcement?.incomeBaseBefore).toBe(800)
    expect(r.enforcement?.incomeBase).toBe(1900)
    expect(r.enforcement?.garnished).toBe(609.07) // 2/3 × (1 900 − 986,40)
  })
})

describe('§5 social assistance counts net amounts', () => {
  it('§5 example (2026-06, tax 20 %): yleistuki −500 € gross = −400 € net; wage net 800; 600 − 800 + 400 = 200', () => {
    const r = run(
      '2026-06',
      1000,
      [
        { kind: 'social-assistance', monthlyAmount: 600 },
        { kind: 'unemployment-benefit', variant: 'yleistuki', dailyAmount: 37.21 },
      ],
      { wage: { taxRatePercent: 20 } },
    )
    expect(r.items[1]?.amountBefore).toBe(800.02)
    expect(r.items[1]?.amountAfter).toBe(300.02)
    expect(r.items[0]?.amountAfter).toBe(200)
  })
  it('an increase of another benefit is deducted (housing allowance rises when a pension stops; untaxed)', () => {
    const r = run(
      '2026-06',
      1000,
      [
        { kind: 'social-assistance', monthlyAmount: 900 },
        { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 1500 },
        { kind: 'housing-allowance', acceptedHousingCosts: 600 },
      ],
      { wage: { netMonthly: 800, taxRatePercent: 25 } },
    )
    expect(r.items[1]?.status).toBe('over-limit')
    // housing: income 1 500 → 161,35 €; with the job 1 000 → 336,35 € (+175,00, untaxed)
    expect(r.items[2]?.amountBefore).toBe(161.35)
    expect(r.items[2]?.amountAfter).toBe(336.35)
    // 900 − 800 (net wage) + 1 125 (pension 1 500 at 25 %) − 175 (housing increase) = 1 050
    expect(r.items[0]?.amountAfter).toBe(1050)
    expect(r.items[0]?.explanation.join(' ')).toMatch(/nousevat verojen jälkeen 175,00/)
  })
})

describe('general housing allowance (v2)', () => {
  it('Kela decision 16.10.2025 (susuliini.blogspot.com): 799,75 € → 800 €, rent 526,45 € capped at 447,00 € → 299,25 €', () => {
    const r = run('2025-10', 0, [
      { kind: 'housing-allowance', acceptedHousingCosts: 526.45, maximumHousingCosts: 447, otherGrossIncome: 799.75 },
    ])
    expect(r.items[0]?.amountBefore).toBe(299.25)
    expect(r.items[0]?.explanation.join(' ')).toMatch(/perusomavastuu 19,50/)
    expect(r.warnings.join(' ')).toMatch(/ylittävät Kelan päätöksen enimmäisasumismenot 447,00/)
  })
  it('the explanation says when a change takes effect (≥ 400 €/month: from the following month)', () => {
    const up = run('2025-06', 1000, [{ kind: 'housing-allowance', acceptedHousingCosts: 500 }])
    expect(up.items[0]?.explanation.join(' ')).toMatch(/seuraavan kuukauden alusta/)
    const small = run('2025-06', 300, [{ kind: 'housing-allowance', acceptedHousingCosts: 500 }])
    expect(small.items[0]?.explanation.join(' ')).toMatch(/vuositarkistusta/)
  })
  it('tells the coach that a full disability pensioner usually gets the pensioner’s housing allowance', () => {
    const r = run('2025-06', 0, [
      { kind: 'kela-disability-pension', monthlyAmount: 700 },
      { kind: 'housing-allowance', acceptedHousingCosts: 500 },
    ])
    expect(r.warnings.join(' ')).toMatch(/saa yleensä eläkkeensaajan asumistukea/)
  })
})

/** A parameter table with only the pensioner's housing allowance rows, for a worked example of another year. */
function pensionersHousingTable(
  year: string,
  v: { rate: number; base: number; limit: number; extra: number },
): { validThrough: string; rows: ParameterRow[] } {
  const row = (key: ParameterRow['key'], value: number, unit: ParameterRow['unit']): ParameterRow => ({
    key,
    validFrom: `${year}-01-01`,
    value,
    unit,
    status: 'verified',
    source: 'https://pastebin.com/eLzWQ4AL',
  })
  return {
    validThrough: `${year}-12`,
    rows: [
      row('pensionersHousing.compensationRate', v.rate, 'rate'),
      row('pensionersHousing.baseDeductible', v.base, 'EUR/month'),
      row('pensionersHousing.incomeLimitSingle', v.limit, 'EUR/year'),
      row('pensionersHousing.extraDeductibleRate', v.extra, 'rate'),
    ],
  }
}

describe('pensioner’s housing allowance', () => {
  it('Kela estimate 1.1.2018 (Loimaa; copy at pastebin.com/eLzWQ4AL): 900 €/month, costs 560 € capped at 544,42 € → 359,31 €', () => {
    // Kela's page showed perusomavastuu 50,87 and lisäomavastuu 70,83 at a 40 % rate; the 2018 income limit
    // (8 675 €/year) is the one that gives 70,83 € (0,40 × (10 800 − 8 675) / 12).
    const r = calculateEarningsImpact(
      {
        month: '2018-01',
        wage: { grossMonthly: 0 },
        benefits: [
          {
            kind: 'pensioners-housing-allowance',
            acceptedHousingCosts: 560,
            maximumHousingCosts: 544.42,
            otherGrossIncome: 900,
          },
        ],
      },
      { parameters: pensionersHousingTable('2018', { rate: 0.85, base: 50.87, limit: 8675, extra: 0.4 }) },
    )
    expect(r.items[0]?.amountBefore).toBe(359.31)
    expect(r.items[0]?.explanation.join(' ')).toMatch(/lisäomavastuu 70,83/)
  })
  it('wage raises the extra deductible: every euro over the limit costs 0,85 × 41,3 % ≈ 35 cents (2024)', () => {
    const r = run('2024-06', 500, [
      { kind: 'kela-disability-pension', monthlyAmount: 900 },
      { kind: 'pensioners-housing-allowance', acceptedHousingCosts: 600 },
    ])
    const item = r.items[1]
    // before: 10 800 €/year → extra 0,413 × 520 / 12 = 17,90; after 16 800 → 0,413 × 6 520 / 12 = 224,40
    expect(item?.amountBefore).toBe(446.52) // 0,85 × (600 − 56,78 − 17,90)
    expect(item?.amountAfter).toBe(271) // 0,85 × (600 − 56,78 − 224,40)
    expect(item?.status).toBe('reduced')
    expect(r.warnings.join(' ')).toMatch(/arvioituja/)
  })
  it('continues during a suspended pension; the wage replaces the pension as income', () => {
    const r = run('2025-06', 1500, [
      { kind: 'kela-disability-pension', monthlyAmount: 900 },
      { kind: 'pensioners-housing-allowance', acceptedHousingCosts: 600 },
    ])
    expect(r.items[0]?.status).toBe('over-limit')
    expect(r.items[1]?.explanation.join(' ')).toMatch(/asumistuki jatkuu/)
  })
  it('warns when no full pension entitles to it; only one of the two housing allowances is allowed', () => {
    const r = run('2025-06', 0, [
      { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 900 },
      { kind: 'pensioners-housing-allowance', acceptedHousingCosts: 600 },
    ])
    expect(r.warnings.join(' ')).toMatch(/oikeuttaa yleensä vain täysi eläke/)
    expect(() =>
      run('2025-06', 0, [
        { kind: 'housing-allowance', acceptedHousingCosts: 600 },
        { kind: 'pensioners-housing-allowance', acceptedHousingCosts: 600 },
      ]),
    ).toThrow(/^benefits\[1\]\.kind:/)
  })
})

describe('care allowance when the pension stops (laki 738/2009 8 §)', () => {
  const benefits = [
    { kind: 'earnings-disability-pension' as const, variant: 'full' as const, monthlyAmount: 1200 },
    { kind: 'pensioners-care-allowance' as const, monthlyAmount: 83.34 },
  ]
  it('a suspended pension: the highest disability allowance instead (2024: 492,71 €, Kela)', () => {
    const r = run('2024-06', 2000, benefits)
    expect(r.items[0]?.status).toBe('over-limit')
    expect(r.items[1]?.amountBefore).toBe(83.34)
    expect(r.items[1]?.amountAfter).toBe(492.71)
    expect(r.items[1]?.explanation.join(' ')).toMatch(/ylintä vammaistukea 492,71/)
    expect(r.items[1]?.sources).toContain('http://www.saadospalvelu.fi/fi/lainsaadanto/pykala/20090738/O0:L0:P8')
  })
  it('within the limit the care allowance is unaffected', () => {
    expect(run('2024-06', 500, benefits).items[1]?.status).toBe('unaffected')
  })
  it('12-month view: a one-month excess is a work trial, the pension and the care allowance are paid', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: [500, 500, 2000, 500, 500, 500, 500, 500, 500, 500, 500, 500],
      base: { benefits },
    })
    const m = view.months[2]
    expect(m?.workTrial).toBe(true)
    expect(m?.result.items[0]?.amountAfter).toBe(1200)
    expect(m?.result.items[1]?.amountAfter).toBe(83.34)
  })
})

describe('12-month view (v2)', () => {
  it('general housing allowance changes from the month after a ≥ 400 € rise, not in the month itself', () => {
    const view = calculateYearView({
      startMonth: '2025-03',
      grossWages: [0, 0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
      base: { benefits: [{ kind: 'housing-allowance', acceptedHousingCosts: 500 }] },
    })
    const amounts = view.months.map((m) => m.result.items[0]?.amountAfter)
    expect(amounts.slice(0, 4)).toEqual([350, 350, 350, 266.35])
    expect(view.months[2]?.notes.join(' ')).toMatch(/tarkistetaan seuraavan kuukauden alusta/)
  })
  it('a rise under 400 € does not change the allowance during the year', () => {
    const view = calculateYearView({
      startMonth: '2025-03',
      grossWages: new Array(12).fill(350),
      base: { benefits: [{ kind: 'housing-allowance', acceptedHousingCosts: 500 }] },
    })
    expect(view.months.every((m) => m.result.items[0]?.amountAfter === 350)).toBe(true)
  })
  it('earnings-related step-downs: full 1 090 € → 872 € → 818 € (palvelualojenkassa.fi table, 2.9.2024)', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: new Array(12).fill(0),
      base: {
        benefits: [
          { kind: 'unemployment-benefit', variant: 'earnings-related', dailyAmount: 50.7, benefitDaysPaid: 0 },
        ],
      },
    })
    const monthly = view.months.map((m) => m.result.items[0]?.amountAfter ?? 0)
    expect(monthly[0]).toBe(1090.05)
    expect(monthly[1]).toBe(1090.05) // 21,5 days paid at its start
    expect(Math.round(monthly[2] ?? 0)).toBe(872) // 43 days → 80 %
    expect(Math.round(monthly[7] ?? 0)).toBe(872) // 150,5 days
    expect(Math.round(monthly[8] ?? 0)).toBe(818) // 172 days → 75 %
    expect(view.months[2]?.notes.join(' ')).toMatch(/porrastettu/)
  })
  it('step-downs never go below the basic daily amount 37,21 €', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: new Array(12).fill(0),
      base: {
        benefits: [
          { kind: 'unemployment-benefit', variant: 'earnings-related', dailyAmount: 45, benefitDaysPaid: 200 },
        ],
      },
    })
    // 45 € is already the 75 % level, so nothing changes
    expect(view.months[11]?.result.items[0]?.amountAfter).toBe(967.5)
    const early = calculateYearView({
      startMonth: '2025-01',
      grossWages: new Array(12).fill(0),
      base: {
        benefits: [{ kind: 'unemployment-benefit', variant: 'earnings-related', dailyAmount: 45, benefitDaysPaid: 39 }],
      },
    })
    expect(early.months[1]?.result.items[0]?.amountAfter).toBe(800.02) // max(37,21; 36,00) × 21,5
  })
  it('adjusted days use up fewer benefit days (ytkkassa.fi: paid in proportion to the full amount)', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: new Array(12).fill(1090),
      base: {
        benefits: [
          { kind: 'unemployment-benefit', variant: 'earnings-related', dailyAmount: 50.7, benefitDaysPaid: 0 },
        ],
      },
    })
    // half the benefit is paid → 10,75 days a month → 40 days are reached only at the start of month 5
    expect(view.months[3]?.result.items[0]?.amountBefore).toBe(1090.05)
    expect(view.months[4]?.result.items[0]?.amountBefore).toBe(872.04)
  })
  it('enforcement month by month with its base', () => {
    const view = calculateYearView({
      startMonth: '2025-01',
      grossWages: [0, 0, 900, 900, 900, 900, 900, 900, 900, 900, 900, 900],
      netWages: [0, 0, 720, 720, 720, 720, 720, 720, 720, 720, 720, 720],
      base: {
        benefits: [
          { kind: 'earnings-disability-pension', variant: 'partial', monthlyAmount: 960 },
          { kind: 'debt-enforcement' },
        ],
      },
    })
    expect(view.months[0]?.result.enforcement?.incomeBase).toBe(960)
    expect(view.months[2]?.result.enforcement?.garnished).toBe(462.4)
    expect(view.totals.garnished).toBe(462.4 * 10)
    expect(view.totals.garnishedBefore).toBe(0)
    expect(view.months[2]?.notes.join(' ')).toMatch(/Ulosoton pohja 1\s680,00/)
  })
})

describe('typed input errors', () => {
  it('carry the field path', () => {
    try {
      run('2025-06', 0, [{ kind: 'kela-disability-pension', monthlyAmount: -1 }])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError)
      expect((e as CalcInputError).path).toBe('benefits[0].monthlyAmount')
    }
    expect(() => run('2030-01', 0, [])).toThrow(CalcInputError)
    expect(() => run('2025-06', 0, [{ kind: 'kela-disability-pension', monthlyAmount: 500, netMonthly: 600 }])).toThrow(
      /^benefits\[0\]\.netMonthly:/,
    )
  })
})
