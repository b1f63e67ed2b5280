import { describe, expect, it } from 'vitest'
import { pdfFileName } from './print-actions'

describe('PDF file name', () => {
  it('joins the parts with a dash and keeps Finnish letters', () => {
    expect(pdfFileName('Työhönvalmennukseen ohjautuminen', 'Äijälä Öhman')).toBe(
      'Työhönvalmennukseen ohjautuminen – Äijälä Öhman.pdf',
    )
  })

  it('drops the characters Windows and macOS refuse, and control characters', () => {
    expect(pdfFileName('Laskelma 1/2026', 'A: "B" <C>|*?\\', 'rivi\nvaihto')).toBe(
      'Laskelma 12026 – A B C – rivivaihto.pdf',
    )
  })

  it('keeps long names within what file systems accept', () => {
    const name = pdfFileName('x'.repeat(400))
    expect(name.length).toBe(154)
    expect(name.endsWith('.pdf')).toBe(true)
  })
})
