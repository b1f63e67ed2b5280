import { describe, expect, it } from 'vitest'
import type { Benefit } from '../index'
import { one, run } from '../test-helpers'

const sa: Benefit = { kind: 'social-assistance', monthlyAmount: 600 }

describe('social assistance', () => {
  it('net 500 → counted 350 before 2026-03 (150 € deduction)', () => {
    const item = one('2026-02', 700, sa, { wage: { netMonthly: 500 } })
    expect(item.amountAfter).toBe(250)
    expect(item.status).toBe('reduced')
  })
  it('net 500 → counted 500 from 2026-03 (deduction abolished)', () => {
    expect(one('2026-03', 700, sa, { wage: { netMonthly: 500 } }).amountAfter).toBe(100)
  })
  it('deduction edges 2025: net 150 → nothing counted; 150,01 → 0,01', () => {
    const at = one('2025-06', 200, sa, { wage: { netMonthly: 150 } })
    expect(at.amountAfter).toBe(600)
    expect(at.status).toBe('within-limit')
    expect(one('2025-06', 200, sa, { wage: { netMonthly: 150.01 } }).amountAfter).toBe(599.99)
    expect(one('2025-06', 200, sa, { wage: { netMonthly: 149.99 } }).amountAfter).toBe(600)
  })
  it('zero wage → unaffected', () => {
    expect(one('2025-06', 0, sa).status).toBe('unaffected')
  })
  it('never below zero', () => {
    expect(one('2026-06', 3000, sa, { wage: { netMonthly: 2000 } }).amountAfter).toBe(0)
  })
  it('net wage estimated from the tax rate', () => {
    expect(one('2026-06', 625, sa, { wage: { taxRatePercent: 20 } }).amountAfter).toBe(100)
  })
  it('decreases of the other benefits are added back', () => {
    const r = run('2026-06', 1000, [sa, { kind: 'unemployment-benefit', variant: 'yleistuki', dailyAmount: 37.21 }], {
      wage: { netMonthly: 800 },
    })
    // 600 − 800 + 500 (yleistuki fell by 500)
    expect(r.items[0]?.amountAfter).toBe(300)
    expect(r.items[0]?.explanation.join(' ')).toMatch(/Muiden etuuksien pieneneminen/)
  })
  it('amounts garnished in debt enforcement are not income', () => {
    const r = run('2025-06', 1800, [sa, { kind: 'debt-enforcement' }], { wage: { netMonthly: 1200 } })
    expect(r.enforcement?.garnished).toBe(142.4)
    // counted = 1200 − 142.40 − 150 = 907.60 → 600 − 907.60 < 0
    expect(r.items[0]?.amountAfter).toBe(0)
    const r2 = run(
      '2025-06',
      1500,
      [{ kind: 'social-assistance', monthlyAmount: 1000 }, { kind: 'debt-enforcement' }],
      {
        wage: { netMonthly: 1200 },
      },
    )
    expect(r2.items[0]?.amountAfter).toBe(92.4) // 1000 − (1200 − 142.40 − 150)
  })
  it('throws naming wage.netMonthly when net is unknown', () => {
    expect(() => one('2025-06', 1000, sa)).toThrow(/^wage\.netMonthly:/)
  })
})
