import type { TFunction } from 'i18next'
import type { DueItem } from '@process'
import { formatDate } from '../../format/format'

const DAY_MS = 86_400_000

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)
}

/** When the item is due, as the list says it: "Myöhässä 4 päivää", "Tänään", "Viimeistään 20.3.2026". */
export function dueWhen(t: TFunction, item: DueItem, today: string): string {
  if (item.overdue) return t('caseload.overdue', { count: daysBetween(item.dueOn, today) })
  if (item.dueOn === today) return t('caseload.dueToday')
  return t('caseload.dueOn', { date: formatDate(item.dueOn) })
}
