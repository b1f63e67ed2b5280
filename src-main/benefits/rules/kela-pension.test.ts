import { describe, expect, it } from 'vitest'
import { one } from '../test-helpers'

describe('Kela disability pension / kuntoutustuki', () => {
  const b = { kind: 'kela-disability-pension', monthlyAmount: 775.7 } as const
  it.each([
    ['2024-06', 976.58, 'within-limit', 775.7],
    ['2024-06', 976.59, 'within-limit', 775.7],
    ['2024-06', 976.6, 'over-limit', 0],
    ['2025-06', 986.3, 'within-limit', 775.7],
    ['2025-06', 986.31, 'over-limit', 0],
    ['2026-06', 990.9, 'within-limit', 775.7],
    ['2026-06', 990.91, 'over-limit', 0],
  ] as const)('%s wage %d → %s', (month, wage, status, after) => {
    const item = one(month, wage, b)
    expect(item.status).toBe(status)
    expect(item.amountAfter).toBe(after)
    expect(item.amountBefore).toBe(775.7)
  })
  it('limit is the full guarantee pension of the year', () => {
    expect(one('2024-06', 0, b).limit).toBe(976.59)
    expect(one('2024-06', 0, b).status).toBe('unaffected')
  })
  it('over-limit explains suspension and work trial', () => {
    const text = one('2024-06', 1500, b).explanation.join(' ')
    expect(text).toMatch(/lepäämään/)
    expect(text).toMatch(/työkokeiluksi/)
  })
})

describe('guarantee pension', () => {
  it('granted on disability: same limit as the Kela pension', () => {
    const b = { kind: 'guarantee-pension', monthlyAmount: 200, disabilityBased: true } as const
    expect(one('2025-06', 986.3, b).status).toBe('within-limit')
    const over = one('2025-06', 986.31, b)
    expect(over.status).toBe('over-limit')
    expect(over.amountAfter).toBe(0)
    expect(over.limit).toBe(986.3)
  })
  it('not based on disability: unaffected by any wage, no limit', () => {
    const item = one('2025-06', 5000, { kind: 'guarantee-pension', monthlyAmount: 200, disabilityBased: false })
    expect(item.status).toBe('unaffected')
    expect(item.amountAfter).toBe(200)
    expect(item.limit).toBeUndefined()
  })
})
