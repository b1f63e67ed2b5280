import { describe, expect, it } from 'vitest'
import { deduction, formatDate, formatEuro } from './format'

describe('formats', () => {
  it('shows euros and dates the Finnish way', () => {
    expect(formatEuro(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 €')
    expect(formatDate('2024-03-05')).toBe('5.3.2024')
    expect(formatDate('not a date')).toBe('')
    expect(formatDate(null)).toBe('')
  })

  it('shows an amount taken off with a minus sign, and nothing taken off without one', () => {
    expect(deduction(462.4).replace(/\s/g, ' ')).toBe('−462,40 €')
    expect(deduction(0).replace(/\s/g, ' ')).toBe('0,00 €')
  })
})
