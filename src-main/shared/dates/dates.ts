/** Calendar dates as the app stores them ('YYYY-MM-DD') and as a Finnish reader writes them ('5.3.2024'). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** 'YYYY-MM-DD' naming a day that exists: '2023-02-30' and '2024-13-01' are not dates. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

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

/** Accepts what a coach types: '5.3.2024', '05.03.2024', '5.3.24' → '2024-03-05'; null when it is not a date. */
export function parseFinnishDate(text: string, now: Date = new Date()): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$/.exec(text)
  if (!match) return null
  let year = Number(match[3])
  // Two digits: this century up to next year, else the last one ('5.3.90' is 1990, a birth date).
  if (match[3]!.length === 2) year += year > (now.getFullYear() % 100) + 1 ? 1900 : 2000
  const iso = `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}
