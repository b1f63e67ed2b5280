import { formatFinnishDate, isIsoDate } from '@shared/dates/dates'

const dateFormat = new Intl.DateTimeFormat('fi-FI', { day: 'numeric', month: 'numeric', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('fi-FI', { hour: '2-digit', minute: '2-digit' })
const euroFormat = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' })

/** '2024-03-05' or an ISO timestamp → '5.3.2024' (in local time for timestamps). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  if (isIsoDate(value)) return formatFinnishDate(value)
  const date = new Date(value)
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

/** An amount taken off, e.g. garnished: 462.4 → '−462,40 €'; nothing taken off is '0,00 €' (no minus sign). */
export function deduction(value: number): string {
  return value > 0 ? `−${formatEuro(value)}` : formatEuro(0)
}
