import { describe, expect, it } from 'vitest'
import { kindOf, quarterOf, quarterPeriod, recentQuarters, yearPeriod } from './period'

describe('report periods', () => {
  it('gives the calendar quarter of a day, both ends included', () => {
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 })
    expect(quarterPeriod({ year: 2026, quarter: 3 })).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(quarterPeriod({ year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' })
  })

  it('lists recent quarters newest first across the new year', () => {
    expect(recentQuarters('2026-02-10', 3)).toEqual([
      { year: 2026, quarter: 1 },
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 3 },
    ])
  })

  it('tells a quarter and a year from any other range', () => {
    expect(kindOf({ from: '2026-04-01', to: '2026-06-30' })).toBe('quarter')
    expect(kindOf(yearPeriod(2025))).toBe('year')
    expect(kindOf({ from: '2026-04-01', to: '2026-06-29' })).toBe('custom')
    expect(kindOf({ from: '2026-01-01', to: '2026-06-30' })).toBe('custom')
  })
})
