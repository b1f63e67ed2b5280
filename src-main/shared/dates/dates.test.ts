import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFinnishDate, isIsoDate, parseFinnishDate } from './dates'

const NOW = new Date(2026, 5, 1)

describe('dates', () => {
  it('reads dates as a Finnish coach types them', () => {
    expect(parseFinnishDate('5.3.2024', NOW)).toBe('2024-03-05')
    expect(parseFinnishDate(' 05.03.2024 ', NOW)).toBe('2024-03-05')
    expect(parseFinnishDate('5.3.24', NOW)).toBe('2024-03-05')
    expect(parseFinnishDate('5.3.27', NOW)).toBe('2027-03-05')
    expect(parseFinnishDate('17.5.90', NOW)).toBe('1990-05-17')
    expect(parseFinnishDate('29.2.2024', NOW)).toBe('2024-02-29')
  })

  it('refuses what is not a calendar date', () => {
    for (const text of ['29.2.2025', '31.4.2024', '0.1.2024', '1.13.2024', '2024-03-05', '5/3/2024', '5.3.', ''])
      expect(parseFinnishDate(text, NOW), text).toBeNull()
    expect(isIsoDate('2025-02-30')).toBe(false)
    expect(isIsoDate('2025-2-3')).toBe(false)
  })

  it('prints d.M.yyyy and reads back the same date', () => {
    expect(formatFinnishDate('2025-03-07')).toBe('7.3.2025')
    const day = fc.date({ min: new Date(1900, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10)
        return parseFinnishDate(formatFinnishDate(iso), NOW) === iso
      }),
    )
  })
})
