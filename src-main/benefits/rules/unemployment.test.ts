import { describe, expect, it } from 'vitest'
import type { Benefit } from '../index'
import { one, run } from '../test-helpers'

const ub = (variant: Extract<Benefit, { kind: 'unemployment-benefit' }>['variant'], dailyAmount = 37.21): Benefit => ({
  kind: 'unemployment-benefit',
  variant,
  dailyAmount,
})

describe('unemployment benefit: 50 % rule', () => {
  it('full month is round2(daily × 21.5)', () => {
    expect(one('2025-06', 0, ub('labour-market-subsidy')).amountBefore).toBe(800.02)
  })
  it('zero wage → unaffected', () => {
    const item = one('2025-06', 0, ub('basic-allowance'))
    expect(item.status).toBe('unaffected')
    expect(item.amountAfter).toBe(800.02)
  })
  it('from 2024-04 every euro reduces 50 cents (no protected amount, no limit)', () => {
    const item = one('2024-04', 800, ub('labour-market-subsidy'))
    expect(item.status).toBe('reduced')
    expect(item.amountAfter).toBe(400.02)
    expect(item.limit).toBeUndefined()
  })
  it('reduction is rounded half away from zero', () => {
    expect(one('2025-06', 0.01, ub('basic-allowance')).amountAfter).toBe(800.01) // 0.005 → 0.01
    expect(one('2025-06', 333.33, ub('basic-allowance')).amountAfter).toBe(633.35) // 166.665 → 166.67
  })
  it('benefit ends at wage = 2 × full month; never negative', () => {
    expect(one('2025-06', 1600.02, ub('basic-allowance')).amountAfter).toBe(0.01)
    expect(one('2025-06', 1600.03, ub('basic-allowance')).amountAfter).toBe(0) // 800.015 → 800.02
    expect(one('2025-06', 5000, ub('basic-allowance')).amountAfter).toBe(0)
    expect(one('2025-06', 5000, ub('basic-allowance')).status).toBe('reduced')
  })
})

describe('unemployment benefit: 300 € protected amount before 2024-04', () => {
  it('2024-03: wage at the protected amount → within-limit, full benefit', () => {
    const item = one('2024-03', 300, ub('labour-market-subsidy'))
    expect(item.status).toBe('within-limit')
    expect(item.amountAfter).toBe(800.02)
    expect(item.limit).toBe(300)
  })
  it('2024-03: just above → reduced by 50 % of the excess', () => {
    expect(one('2024-03', 300.01, ub('labour-market-subsidy')).amountAfter).toBe(800.01)
    expect(one('2024-03', 299.99, ub('labour-market-subsidy')).amountAfter).toBe(800.02)
  })
  it('a-kassa.fi example: wage 800 → 250 € reduction before, 400 € after 1.4.2024', () => {
    const before = one('2024-03', 800, ub('earnings-related', 50))
    const after = one('2024-04', 800, ub('earnings-related', 50))
    expect(before.amountBefore - before.amountAfter).toBe(250)
    expect(after.amountBefore - after.amountAfter).toBe(400)
  })
  it('ytkkassa example (pre-2024): 70,49 €/day, wage 1 300 € → 500 € reduction a month', () => {
    const item = one('2024-03', 1300, ub('earnings-related', 70.49))
    expect(item.amountBefore).toBe(1515.54)
    expect(item.amountAfter).toBe(1015.54)
  })
})

describe('unemployment benefit: published examples after 1.4.2024', () => {
  it('palvelualojenkassa: full 1 100 €/month, wage 200 € → 1 000 €', () => {
    expect(one('2024-06', 200, ub('earnings-related', 1100 / 21.5)).amountAfter).toBe(1000)
  })
  it('paperiliitto: full 1 000 €/month, wage 500 € → 750 €', () => {
    expect(one('2024-06', 500, ub('earnings-related', 1000 / 21.5)).amountAfter).toBe(750)
  })
  it('yleistuki 2026: wage 1 000 € reduces it by 500 €', () => {
    const item = one('2026-05', 1000, ub('yleistuki'))
    expect(item.amountBefore - item.amountAfter).toBe(500)
    expect(item.amountAfter).toBe(300.02)
  })
  it('yleistuki illustrations: wage 300 / 600 → 650,02 / 500,02', () => {
    expect(one('2026-06', 300, ub('yleistuki')).amountAfter).toBe(650.02)
    expect(one('2026-06', 600, ub('yleistuki')).amountAfter).toBe(500.02)
  })
})

describe('unemployment benefit: yleistuki from 2026-05', () => {
  it('yleistuki before 2026-05 has no rules → error naming the variant', () => {
    expect(() => one('2026-04', 100, ub('yleistuki'))).toThrow(/^benefits\[0\]\.variant:/)
  })
  it('labour-market subsidy / basic allowance from 2026-05 are calculated as yleistuki with a warning', () => {
    for (const v of ['labour-market-subsidy', 'basic-allowance'] as const) {
      const r = run('2026-05', 400, [ub(v)])
      expect(r.items[0]?.amountAfter).toBe(600.02)
      expect(r.warnings.join(' ')).toMatch(/yleistuella 1\.5\.2026/)
    }
    expect(run('2026-04', 400, [ub('labour-market-subsidy')]).warnings.join(' ')).not.toMatch(/yleistuella/)
  })
  it('earnings-related allowance continues after 2026-05 and mentions the 100 % rule', () => {
    const item = one('2026-06', 400, ub('earnings-related', 60))
    expect(item.amountAfter).toBe(1090)
    expect(item.explanation.join(' ')).toMatch(/perusteena olevaa palkkaa/)
  })
})

describe('unemployment benefit: full-time work', () => {
  it('over 80 % of full-time hours → not-payable', () => {
    expect(one('2025-06', 1000, ub('basic-allowance'), { wage: { hoursPerWeek: 30 } }).status).toBe('reduced')
    const item = one('2025-06', 1000, ub('basic-allowance'), { wage: { hoursPerWeek: 30.01 } })
    expect(item.status).toBe('not-payable')
    expect(item.amountAfter).toBe(0)
  })
  it('uses fullTimeHoursPerWeek when given (40 h → 32 h)', () => {
    const extra = { wage: { hoursPerWeek: 32, fullTimeHoursPerWeek: 40 } }
    expect(one('2025-06', 1000, ub('basic-allowance'), extra).status).toBe('reduced')
    extra.wage.hoursPerWeek = 32.01
    expect(one('2025-06', 1000, ub('basic-allowance'), extra).status).toBe('not-payable')
  })
})
