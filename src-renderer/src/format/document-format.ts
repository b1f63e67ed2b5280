import { useMemo } from 'react'
import { isIsoDate } from '@shared/dates/dates'
import { dateIn, euroIn, localeOf, monthIn, numberIn } from '@shared/i18n/locale-format'
import type { Language } from '@shared/i18n/languages'
import { useLanguage } from '../i18n/document-language'

/**
 * Dates and money of a document in its language (a printout in the client's language). Screens keep the Finnish forms
 * of format.ts in every app language: the coach types dates and amounts the Finnish way there.
 */
export type DocumentFormat = {
  language: Language
  /** '2025-03-05' or an ISO timestamp (local date) → '5.3.2025' / '5 Mar 2025'. */
  date: (value: string | null | undefined) => string
  /** An ISO timestamp → '5.3.2025 14.05' / '5 Mar 2025 14:05' in local time (a log entry's time). */
  dateTime: (value: string) => string
  euro: (value: number) => string
  /** An amount taken off: '−462,40 €'; nothing taken off is '0,00 €'. */
  deduction: (value: number) => string
  /** '2025-03' → '3/2025' / 'Mar 2025'. */
  month: (yearMonth: string) => string
  number: (value: number, maximumFractionDigits?: number) => string
}

export function documentFormat(language: Language): DocumentFormat {
  const euro = (value: number) => euroIn(language, value)
  const time = new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' })
  return {
    language,
    date: (value) => {
      if (!value) return ''
      if (isIsoDate(value)) return dateIn(language, value)
      const date = new Date(value)
      return Number.isNaN(date.getTime()) ? '' : dateIn(language, date)
    },
    dateTime: (value) => {
      const date = new Date(value)
      return Number.isNaN(date.getTime()) ? '' : `${dateIn(language, date)} ${time.format(date)}`
    },
    euro,
    deduction: (value) => (value > 0 ? `−${euro(value)}` : euro(0)),
    month: (yearMonth) => monthIn(language, yearMonth),
    number: (value, maximumFractionDigits) => numberIn(language, value, maximumFractionDigits),
  }
}

/** The format of the document around this component (see DocumentLanguage). */
export function useDocumentFormat(): DocumentFormat {
  const language = useLanguage()
  return useMemo(() => documentFormat(language), [language])
}

/** Finnish: what a document without a language of its own uses. */
export const FINNISH_FORMAT = documentFormat('fi')
