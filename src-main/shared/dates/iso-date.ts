import { z } from 'zod'

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

/** Every ISO date that enters the API goes through this schema (message: an i18n key). */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'errors.invalidDate' })
