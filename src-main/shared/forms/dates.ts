import { isIsoDate } from '../dates/iso-date'

export { isIsoDate }

/** Today's date in local time as 'YYYY-MM-DD'. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days))
  return date.toISOString().slice(0, 10)
}

/** Calendar months, clamped to the month's last day (31.3. − 1 kk = 28./29.2.). */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}

/** Finnish display form, e.g. '2025-03-07' → '7.3.2025'. */
export function formatFinnishDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${day}.${month}.${year}`
}
