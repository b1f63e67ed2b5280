import { formatFinnishDate, isIsoDate } from '../dates/dates'

/**
 * The engine's explanation and warning lines as a Finnish reader writes dates: "(2026-01-01 alkaen)" →
 * "(1.1.2026 alkaen)". Applied where lines are shown, so calculations saved with the older wording read right too.
 */
export function finnishDatesInText(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => (isIsoDate(date) ? formatFinnishDate(date) : date))
}
