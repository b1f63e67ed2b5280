// Finnish number text, both ways: "1 234,50" ⇄ 1234.5. One parser for every money, hours and percentage field, so a
// figure a coach types or pastes is read the same everywhere — or refused with a reason, never silently changed.

import type { ValidationMessage } from '@shared/validation/messages'

/** How a field reads and shows its number. */
export type NumberFormat = {
  /** the most decimals accepted (0: whole numbers only) */
  readonly decimals: number
  /** show exactly `decimals` decimals (money: 712,30); otherwise trailing zeros are left out (37,5) */
  readonly fixed?: boolean
  /** a unit the coach may type or paste after the number, e.g. "€" or "%" */
  readonly unit?: string
}

export const MONEY: NumberFormat = { decimals: 2, fixed: true, unit: '€' }
export const HOURS: NumberFormat = { decimals: 2, unit: 'h' }
export const PERCENT: NumberFormat = { decimals: 2, unit: '%' }
export const WHOLE: NumberFormat = { decimals: 0 }

export type NumberTextError = 'not-a-number' | 'too-many-decimals' | 'too-long'

export type ParsedNumber =
  /** value null: the text is empty */
  { ok: true; value: number | null } | { ok: false; error: NumberTextError }

/** Beyond this many digits a double no longer holds every digit (and no figure here is that long). */
const MAX_DIGITS = 15
// Digits, optionally in groups of three split by one space of any kind (space, no-break space, narrow or thin
// space), then optionally one decimal separator (comma, or a dot) and its digits.
const BODY = /^(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d*)(?:[,.](\d*))?$/
const MINUS = /^[-\u2212]/

/**
 * Reads a number written the Finnish way: "1 234,50", "1234,5", "12.50" (a dot is read as the decimal separator),
 * "712,35 €", "-5". Returns an error for anything else — letters, two separators ("1.234,50"), groups that are
 * not thousands ("12 34"), more decimals than the field takes — so no digit is ever dropped or misread.
 */
export function parseFinnishNumber(text: string, format: NumberFormat): ParsedNumber {
  let rest = text.trim()
  if (rest === '') return { ok: true, value: null }
  if (format.unit && rest.toLowerCase().endsWith(format.unit.toLowerCase())) {
    rest = rest.slice(0, -format.unit.length).trimEnd()
  }
  const negative = MINUS.test(rest)
  if (negative) rest = rest.slice(1)
  const match = BODY.exec(rest)
  if (!match) return { ok: false, error: 'not-a-number' }
  const whole = (match[1] ?? '').replace(/\D/g, '')
  const fraction = match[2] ?? ''
  if (whole === '' && fraction === '') return { ok: false, error: 'not-a-number' }
  if (fraction.length > format.decimals) return { ok: false, error: 'too-many-decimals' }
  if (whole.replace(/^0+/, '').length + fraction.length > MAX_DIGITS) return { ok: false, error: 'too-long' }
  const value = Number(`${whole || '0'}.${fraction || '0'}`)
  return { ok: true, value: negative && value !== 0 ? -value : value }
}

/** 1234.5 → "1 234,50" (money) or "1 234,5"; rounded to the format's decimals. Spaces group the thousands. */
export function formatFinnishNumber(value: number, format: NumberFormat): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(format.decimals).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ' ')
  const decimals = format.fixed ? fraction : fraction.replace(/0+$/, '')
  const text = decimals === '' ? grouped : `${grouped},${decimals}`
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text
}

/**
 * What a keystroke or a paste leaves in the field, with a lone dot turned into the decimal comma ("12.5" → "12,5").
 * The text keeps its length, so the caret stays where it was. Anything ambiguous ("1.234,5") is left for the parser
 * to refuse.
 */
export function normalizeTyped(text: string): string {
  const dot = text.indexOf('.')
  if (dot === -1 || text.includes(',') || text.indexOf('.', dot + 1) !== -1) return text
  return `${text.slice(0, dot)},${text.slice(dot + 1)}`
}

/** The text a field shows once it is left: the number in its canonical form, or the text as it was if not a number. */
export function tidyNumberText(text: string, format: NumberFormat): string {
  const parsed = parseFinnishNumber(text, format)
  return parsed.ok && parsed.value !== null ? formatFinnishNumber(parsed.value, format) : text
}

/** The validation message (a key, see src-main/shared/validation/messages.ts) for a number text that was refused. */
export function numberTextMessage(
  error: NumberTextError,
  format: NumberFormat,
): { message: ValidationMessage; values?: { max: number } } {
  if (error === 'too-long') return { message: 'numbers.tooLong' }
  if (error === 'not-a-number') return { message: 'numbers.notANumber' }
  return format.decimals === 0
    ? { message: 'numbers.wholeNumber' }
    : { message: 'numbers.tooManyDecimals', values: { max: format.decimals } }
}
