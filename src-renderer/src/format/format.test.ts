import { describe, expect, it } from 'vitest'
import { documentFormat, FINNISH_FORMAT } from './document-format'
import { deduction, formatDate, formatDateTime, formatEuro } from './format'

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

  it("writes a log entry's time in the document's language; the Finnish one as the screens do", () => {
    const at = new Date(2025, 2, 5, 14, 5).toISOString()
    expect(FINNISH_FORMAT.dateTime(at)).toBe(formatDateTime(at))
    expect(documentFormat('sv').dateTime(at)).toBe('5.3.2025 14.05')
    expect(documentFormat('en').dateTime(at)).toBe('5 Mar 2025 14:05')
    expect(documentFormat('sv').dateTime('not a date')).toBe('')
  })
})
