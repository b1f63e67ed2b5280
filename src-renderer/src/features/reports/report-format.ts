import type { TFunction } from 'i18next'
import { localeOf } from '@shared/i18n/locale-format'
import type { Language } from '@shared/i18n/languages'

const formats = (language: Language) => ({
  percent: new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  number: new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }),
})
const FORMATS = { fi: formats('fi'), sv: formats('sv'), en: formats('en') }

/**
 * 0.375 → '37,5 %' (a non-breaking space before the sign, as Finnish and Swedish write it) or '37.5%' (English, in a
 * printout); null → '–'. Screens use the Finnish form in every language.
 */
export function formatShare(share: number | null, language: Language = 'fi'): string {
  if (share === null) return '–'
  const value = FORMATS[language].percent.format(share * 100)
  return language === 'en' ? `${value}%` : `${value}\u00a0%`
}

/** 35.5 → '35,5'; 1200 → '1 200' (fi, sv) or '35.5', '1,200' (en). */
export function formatNumber(value: number, language: Language = 'fi'): string {
  return FORMATS[language].number.format(value)
}

/** '2026-03' → 'maalis' (with the year when the chart spans years: 'maalis 26'). */
export function monthLabel(t: TFunction, month: string, withYear: boolean): string {
  const name = t(`reports.months.${String(Number(month.slice(5, 7))) as '1'}`)
  return withYear ? `${name} ${month.slice(2, 4)}` : name
}
