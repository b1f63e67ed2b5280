import { describe, expect, it } from 'vitest'
import { benchBenefits } from '../bench/benefits-bench'

describe('benchBenefits', () => {
  it('reports the one-calculation and 12-month timings with targets', () => {
    const rows = benchBenefits()
    expect(rows.map((r) => r.target)).toEqual(['< 1 ms', '< 20 ms'])
    for (const r of rows) expect(r.value).toMatch(/^\d+\.\d{3} ms$/)
  })
})
