import { isIsoDate } from '../dates/dates'

/** True when both are valid ISO dates and `date` is strictly before `other` (ISO strings sort by date). */
export function isBefore(date: string, other: string): boolean {
  return isIsoDate(date) && isIsoDate(other) && date < other
}
