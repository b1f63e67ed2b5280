import { describe, expect, it } from 'vitest'
import type { Benefit } from '../index'
import { one } from '../test-helpers'

const pension = (
  variant: Extract<Benefit, { kind: 'earnings-disability-pension' }>['variant'],
  extra: { establishedEarnings?: number; personalLimit?: number } = {},
): Benefit => ({ kind: 'earnings-disability-pension', variant, monthlyAmount: 1200, ...extra })

describe('earnings-related disability pension: limits', () => {
  it('full: max(40 % of established earnings, floor) — floor wins (2026)', () => {
    expect(one('2026-06', 0, pension('full', { establishedEarnings: 2000 })).limit).toBe(990.9)
  })
  it('partial: max(60 %, floor) — 60 % wins (2026)', () => {
    expect(one('2026-06', 0, pension('partial', { establishedEarnings: 2000 })).limit).toBe(1200)
  })
  it('computed examples: established 3 000 € → 1 200 € / 1 800 €', () => {
    expect(one('2026-06', 0, pension('full', { establishedEarnings: 3000 })).limit).toBe(1200)
    expect(one('2026-06', 0, pension('rehabilitation-subsidy', { establishedEarnings: 3000 })).limit).toBe(1200)
    expect(one('2026-06', 0, pension('partial-rehabilitation-subsidy', { establishedEarnings: 3000 })).limit).toBe(1800)
  })
  it('floor follows the year: 976,59 (2024), 986,30 (2025), 990,90 (2026)', () => {
    expect(one('2024-01', 0, pension('full')).limit).toBe(976.59)
    expect(one('2024-12', 0, pension('full')).limit).toBe(976.59)
    expect(one('2025-01', 0, pension('full')).limit).toBe(986.3)
    expect(one('2026-01', 0, pension('full')).limit).toBe(990.9)
  })
  it('a personal limit replaces the computed one, but the floor still applies', () => {
    expect(one('2025-06', 0, pension('full', { establishedEarnings: 3000, personalLimit: 1300 })).limit).toBe(1300)
    expect(one('2025-06', 0, pension('full', { establishedEarnings: 3000, personalLimit: 900 })).limit).toBe(986.3)
    expect(one('2025-06', 0, pension('partial', { personalLimit: 1500 })).limit).toBe(1500)
  })
  it('without established earnings or personal limit uses the floor and says so', () => {
    const item = one('2025-06', 0, pension('partial'))
    expect(item.limit).toBe(986.3)
    expect(item.explanation.join(' ')).toMatch(/vähimmäisrajaa/)
  })
})

describe('earnings-related disability pension: bands (full, established 3 000 €: 1 200 / 1 800)', () => {
  const b = pension('full', { establishedEarnings: 3000 })
  it('zero wage → unaffected', () => {
    const item = one('2025-06', 0, b)
    expect(item.status).toBe('unaffected')
    expect(item.amountAfter).toBe(1200)
  })
  it('just below and at the limit → within-limit, paid in full', () => {
    for (const w of [1199.99, 1200]) {
      const item = one('2025-06', w, b)
      expect(item.status).toBe('within-limit')
      expect(item.amountAfter).toBe(1200)
    }
  })
  it('just above the limit up to the partial limit → may-convert-to-partial, half', () => {
    for (const w of [1200.01, 1500, 1800]) {
      const item = one('2025-06', w, b)
      expect(item.status).toBe('may-convert-to-partial')
      expect(item.amountAfter).toBe(600)
    }
  })
  it('just above the partial limit → over-limit, 0, with the suspension rules explained', () => {
    const item = one('2025-06', 1800.01, b)
    expect(item.status).toBe('over-limit')
    expect(item.amountAfter).toBe(0)
    const text = item.explanation.join(' ')
    expect(text).toMatch(/3 peräkkäisenä kuukautena/)
    expect(text).toMatch(/työkokeiluksi/)
    expect(text).toMatch(/3 kuukautta ja enintään 2 vuotta/)
    expect(text).toMatch(/ilman uutta työkyvyn arviointia/)
  })
  it('half of an odd amount is rounded to cents half away from zero', () => {
    const item = one('2025-06', 1500, { ...b, monthlyAmount: 1000.01 } as Benefit)
    expect(item.amountAfter).toBe(500.01)
  })
  it('rehabilitation subsidy behaves like the full pension', () => {
    expect(one('2025-06', 1500, pension('rehabilitation-subsidy', { establishedEarnings: 3000 })).status).toBe(
      'may-convert-to-partial',
    )
  })
})

describe('earnings-related disability pension: partial variants have no convert band', () => {
  const b = pension('partial', { establishedEarnings: 3000 })
  it.each([
    [1799.99, 'within-limit', 1200],
    [1800, 'within-limit', 1200],
    [1800.01, 'over-limit', 0],
  ] as const)('wage %d → %s', (w, status, after) => {
    const item = one('2025-06', w, b)
    expect(item.status).toBe(status)
    expect(item.amountAfter).toBe(after)
  })
  it('osakuntoutustuki too', () => {
    expect(
      one('2025-06', 1800.01, pension('partial-rehabilitation-subsidy', { establishedEarnings: 3000 })).status,
    ).toBe('over-limit')
  })
})

describe('earnings-related disability pension: floor edges and band width', () => {
  it('full with the floor as limit: at / just above the floor (2024)', () => {
    const b = pension('full', { establishedEarnings: 2000 }) // 800 < floor; partial 1 200
    expect(one('2024-06', 976.59, b).status).toBe('within-limit')
    expect(one('2024-06', 976.6, b).status).toBe('may-convert-to-partial')
    expect(one('2024-06', 1200, b).status).toBe('may-convert-to-partial')
    expect(one('2024-06', 1200.01, b).status).toBe('over-limit')
  })
  it('full where 60 % is under the floor: no convert band', () => {
    const b = pension('full', { establishedEarnings: 1000 })
    expect(one('2024-06', 976.59, b).status).toBe('within-limit')
    expect(one('2024-06', 976.6, b).status).toBe('over-limit')
  })
  it('full with only a personal limit: partial limit derived by 60/40', () => {
    const b = pension('full', { personalLimit: 1200 })
    expect(one('2025-06', 1800, b).status).toBe('may-convert-to-partial')
    expect(one('2025-06', 1800.01, b).status).toBe('over-limit')
  })
  it('explanation and sources are present', () => {
    const item = one('2025-06', 1000, pension('full', { establishedEarnings: 3000 }))
    expect(item.explanation.length).toBeGreaterThan(2)
    expect(item.sources.every((s) => /^https?:\/\//.test(s))).toBe(true)
  })
})
