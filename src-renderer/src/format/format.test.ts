import { describe, expect, it } from 'vitest'
import { formatDate, formatEuro, numberFromInput } from './format'

describe('formats', () => {
  it('shows euros and dates the Finnish way', () => {
    expect(formatEuro(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 €')
    expect(formatDate('2024-03-05')).toBe('5.3.2024')
    expect(formatDate('not a date')).toBe('')
    expect(formatDate(null)).toBe('')
  })

  it('reads a number as a number input hands it over while the coach types', () => {
    expect(numberFromInput(12)).toBe(12)
    expect(numberFromInput('1,5')).toBe(1.5)
    expect(numberFromInput('1 234,5')).toBe(1234.5)
    expect(numberFromInput('')).toBeNull()
  })
})
