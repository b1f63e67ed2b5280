import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HOURS,
  MONEY,
  PERCENT,
  WHOLE,
  formatFinnishNumber,
  normalizeTyped,
  parseFinnishNumber,
  tidyNumberText,
  type NumberFormat,
} from './finnish-number'

const value = (text: string, format: NumberFormat = MONEY) => {
  const parsed = parseFinnishNumber(text, format)
  return parsed.ok ? parsed.value : parsed.error
}

/** The digits of a number text without leading zeros of the whole part and trailing zeros of the decimals. */
function significantDigits(text: string): string {
  const [whole = '', fraction = ''] = text.replace(/[^\d,.]/g, '').split(/[,.]/)
  return `${whole.replace(/^0+/, '')}|${fraction.replace(/0+$/, '')}`
}

const FORMATS: Array<[string, NumberFormat]> = [
  ['money', MONEY],
  ['hours', HOURS],
  ['percent', PERCENT],
  ['whole', WHOLE],
  ['rate', { decimals: 4 }],
]

describe('parseFinnishNumber', () => {
  it('reads what a coach types or pastes', () => {
    expect(value('712,35')).toBe(712.35)
    expect(value('712.35')).toBe(712.35)
    expect(value('12,50')).toBe(12.5)
    expect(value('12.50')).toBe(12.5)
    expect(value('1 234,50')).toBe(1234.5)
    expect(value('1\u00a0234,50')).toBe(1234.5) // as Intl and Kela's pages write it
    expect(value('1\u202f234,50')).toBe(1234.5)
    expect(value('1 234 567')).toBe(1234567)
    expect(value('  712,35 € ')).toBe(712.35)
    expect(value('712,35€')).toBe(712.35)
    expect(value('20 %', PERCENT)).toBe(20)
    expect(value('37,5 h', HOURS)).toBe(37.5)
    expect(value(',5')).toBe(0.5)
    expect(value('0')).toBe(0)
    expect(value('007')).toBe(7)
    expect(value('-5')).toBe(-5)
    expect(value('\u22125')).toBe(-5)
    expect(value('-0')).toBe(0)
  })

  it('keeps what is half typed: a trailing comma is the number before it', () => {
    expect(value('712,')).toBe(712)
    expect(value('712.')).toBe(712)
  })

  it('reads empty text as no answer', () => {
    expect(value('')).toBeNull()
    expect(value('   ')).toBeNull()
  })

  it('refuses what it would have to guess', () => {
    for (const garbage of [
      'abc',
      '12a',
      '1.234,50',
      '1,234.50',
      '1.234.567',
      '12 34',
      '1  234',
      '1 2345',
      '+5',
      ',',
      '.',
    ]) {
      expect(value(garbage), garbage).toBe('not-a-number')
    }
    for (const garbage of ['1e5', 'Infinity', 'NaN', '0x10', '€', '5 € 5', '--5', '5-', '€ 5', '5 %']) {
      expect(value(garbage), garbage).toBe('not-a-number')
    }
  })

  it('refuses more decimals than the field takes rather than rounding them away', () => {
    expect(value('12,555')).toBe('too-many-decimals')
    expect(value('1.234')).toBe('too-many-decimals') // a thousand in some countries: never read as 1,23
    expect(value('12,5', WHOLE)).toBe('too-many-decimals')
    expect(value('12,', WHOLE)).toBe(12)
    expect(value('0,0035', { decimals: 4 })).toBe(0.0035)
  })

  it('refuses numbers longer than a double holds', () => {
    expect(value('1234567890123456')).toBe('too-long')
    expect(value('123456789012345')).toBe(123456789012345)
  })
})

describe('formatFinnishNumber', () => {
  it('writes money with two decimals and spaces between thousands', () => {
    expect(formatFinnishNumber(1234.5, MONEY)).toBe('1 234,50')
    expect(formatFinnishNumber(712.35, MONEY)).toBe('712,35')
    expect(formatFinnishNumber(0, MONEY)).toBe('0,00')
    expect(formatFinnishNumber(1234567, MONEY)).toBe('1 234 567,00')
  })

  it('leaves out trailing zeros where the field does not want them', () => {
    expect(formatFinnishNumber(37.5, HOURS)).toBe('37,5')
    expect(formatFinnishNumber(20, PERCENT)).toBe('20')
    expect(formatFinnishNumber(3, WHOLE)).toBe('3')
    expect(formatFinnishNumber(-0.001, MONEY)).toBe('0,00')
  })
})

describe('typing and tidying', () => {
  it('turns a lone dot into the decimal comma and leaves anything ambiguous alone', () => {
    expect(normalizeTyped('12.5')).toBe('12,5')
    expect(normalizeTyped('12.')).toBe('12,')
    expect(normalizeTyped('1.234,5')).toBe('1.234,5')
    expect(normalizeTyped('1.234.5')).toBe('1.234.5')
    expect(normalizeTyped('1 234')).toBe('1 234')
  })

  it('shows a number in its canonical form once the field is left, and garbage as it was', () => {
    expect(tidyNumberText('1234,5', MONEY)).toBe('1 234,50')
    expect(tidyNumberText('12.50', MONEY)).toBe('12,50')
    expect(tidyNumberText('712,35 €', MONEY)).toBe('712,35')
    expect(tidyNumberText('12a', MONEY)).toBe('12a')
    expect(tidyNumberText('', MONEY)).toBe('')
  })
})

describe('properties', () => {
  const cents = fc.integer({ min: -1e12, max: 1e12 })

  it.each(FORMATS)('%s: format → parse gives back the number (round trip)', (_name, format) => {
    const scale = 10 ** format.decimals
    fc.assert(
      fc.property(cents, (units) => {
        const number = units / scale
        const parsed = parseFinnishNumber(formatFinnishNumber(number, format), format)
        expect(parsed).toEqual({ ok: true, value: number === 0 ? 0 : number })
      }),
    )
  })

  it('reads a number the same however it is written: comma or dot, spaces or not, no-break spaces, a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(' ', '\u00a0', '\u202f'), (units, space) => {
        const canonical = formatFinnishNumber(units / 100, MONEY)
        const variants = [
          canonical,
          canonical.replaceAll(' ', ''),
          canonical.replaceAll(' ', space),
          canonical.replaceAll(' ', '').replace(',', '.'),
          `${canonical} €`,
        ]
        for (const variant of variants) expect(value(variant)).toBe(units / 100)
      }),
    )
  })

  it('never silently drops a digit: an accepted text has the digits of the number it gives', () => {
    const text = fc.stringMatching(/^-?[0-9 ]{0,9}([,.][0-9]{0,4})?( ?[€%h])?$/)
    fc.assert(
      fc.property(text, fc.constantFrom(...FORMATS.map(([, format]) => format)), (typed, format) => {
        const parsed = parseFinnishNumber(typed, format)
        if (!parsed.ok || parsed.value === null) return
        const formatted = formatFinnishNumber(parsed.value, { decimals: format.decimals })
        expect(significantDigits(formatted)).toBe(significantDigits(typed.replace(/[€%h]/, '')))
      }),
    )
  })

  it('refuses any text with a letter or a second separator', () => {
    const garbage = fc
      .tuple(fc.stringMatching(/^[0-9 ,.]{0,6}$/), fc.constantFrom('a', 'x', 'e', '#', '/', ',1.', '.1,'), fc.string())
      .map(([start, bad, end]) => `${start}${bad}${end}`)
      .filter((text) => /[a-df-zA-Z#/]|[,.].*[,.]|e/.test(text))
    fc.assert(
      fc.property(garbage, (text) => {
        expect(parseFinnishNumber(text, MONEY).ok).toBe(false)
      }),
    )
  })

  it('typing a number key by key never reads a prefix as a different number than its digits say', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (units) => {
        const canonical = formatFinnishNumber(units / 100, MONEY).replaceAll(' ', '')
        for (let end = 1; end <= canonical.length; end++) {
          const prefix = canonical.slice(0, end)
          const parsed = parseFinnishNumber(normalizeTyped(prefix), MONEY)
          expect(parsed.ok).toBe(true)
          if (parsed.ok) expect(parsed.value).toBe(Number(prefix.replace(',', '.').replace(/\.$/, '')))
        }
      }),
    )
  })
})
