import { formatFinnishDate, isIsoDate } from '../dates/dates'
import type { Language } from './languages'

/**
 * Dates and money as a reader of each language expects them. Finnish and Finland-Swedish write the same: 5.3.2025 and
 * 1 234,50 € (sv-FI). English (a courtesy translation) names the month so the date cannot be misread (5 Mar 2025) and
 * writes €1,234.50.
 */
const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' }

const euroFormats = new Map<Language, Intl.NumberFormat>()
const dateFormats = new Map<Language, Intl.DateTimeFormat>()
const monthFormats = new Map<Language, Intl.DateTimeFormat>()

function cached<T>(map: Map<Language, T>, language: Language, make: () => T): T {
  let value = map.get(language)
  if (!value) {
    value = make()
    map.set(language, value)
  }
  return value
}

export function localeOf(language: Language): string {
  return LOCALES[language]
}

/** 1234.5 → '1 234,50 €' (fi, sv) or '€1,234.50' (en). */
export function euroIn(language: Language, value: number): string {
  return cached(
    euroFormats,
    language,
    () => new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }),
  ).format(value)
}

/** A plain number with the language's decimal mark: 7.5 → '7,5' (fi, sv) or '7.5' (en). */
export function numberIn(language: Language, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits, useGrouping: false }).format(value)
}

/** '2025-03-05' (a calendar date) or a Date → '5.3.2025' (fi, sv) or '5 Mar 2025' (en). */
export function dateIn(language: Language, value: string | Date): string {
  if (typeof value === 'string') {
    if (!isIsoDate(value)) return value
    if (language !== 'en') return formatFinnishDate(value)
    const [year, month, day] = value.split('-').map(Number)
    value = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1)
  }
  if (language !== 'en') return `${value.getDate()}.${value.getMonth() + 1}.${value.getFullYear()}`
  return cached(
    dateFormats,
    language,
    () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  ).format(value)
}

/** '2025-03' → '3/2025' (fi, sv) or 'Mar 2025' (en). */
export function monthIn(language: Language, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number)
  if (!year || !month) return yearMonth
  if (language !== 'en') return `${month}/${year}`
  return cached(
    monthFormats,
    language,
    () => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' }),
  ).format(new Date(year, month - 1, 1))
}
