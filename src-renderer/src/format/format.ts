const dateFormat = new Intl.DateTimeFormat('fi-FI', { day: 'numeric', month: 'numeric', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('fi-FI', { hour: '2-digit', minute: '2-digit' })
const euroFormat = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' })

/** '2024-03-05' or an ISO timestamp → '5.3.2024' (in local time for timestamps). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : new Date(value)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

export function formatTime(value: string | Date): string {
  return timeFormat.format(typeof value === 'string' ? new Date(value) : value)
}

/** An ISO timestamp → '5.3.2024 14.05' in local time. */
export function formatDateTime(value: string): string {
  return `${formatDate(value)} ${formatTime(value)}`
}

/** 1234.5 → '1 234,50 €' */
export function formatEuro(value: number): string {
  return euroFormat.format(value)
}

/** Accepts what a coach types: '5.3.2024', '05.03.2024', '5.3.24' → '2024-03-05'; null when it is not a date. */
export function parseFinnishDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$/.exec(text)
  if (!match) return null
  let year = Number(match[3])
  if (match[3]!.length === 2) year += year > (new Date().getFullYear() % 100) + 1 ? 1900 : 2000
  const month = Number(match[2])
  const day = Number(match[1])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
