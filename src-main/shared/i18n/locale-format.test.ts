import { describe, expect, it } from 'vitest'
import { dateIn, euroIn, monthIn, numberIn } from './locale-format'

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('dates and money per language', () => {
  it('writes Finnish and Finland-Swedish alike: 5.3.2025 and 1 234,50 €', () => {
    for (const language of ['fi', 'sv'] as const) {
      expect(dateIn(language, '2025-03-05')).toBe('5.3.2025')
      expect(spaces(euroIn(language, 1234.5))).toBe('1 234,50 €')
      expect(monthIn(language, '2025-03')).toBe('3/2025')
      expect(numberIn(language, 7.5)).toBe('7,5')
    }
  })

  it('writes English so that the date cannot be misread: 5 Mar 2025 and €1,234.50', () => {
    expect(dateIn('en', '2025-03-05')).toBe('5 Mar 2025')
    expect(euroIn('en', 1234.5)).toBe('€1,234.50')
    expect(monthIn('en', '2025-03')).toBe('Mar 2025')
    expect(numberIn('en', 7.5)).toBe('7.5')
  })

  it('leaves text that is not a date as it is', () => {
    expect(dateIn('sv', 'ei päivää')).toBe('ei päivää')
  })
})
