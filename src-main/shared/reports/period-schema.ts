import { z } from 'zod'
import { requiredIsoDate } from '../validation/fields'
import { withMessage } from '../validation/messages'

/** The longest period a report covers: ten years (a report of every month since the start is still readable). */
export const MAX_REPORT_DAYS = 3660

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000

/** A report period, both ends included: `to` not before `from`, at most ten years. */
export const reportPeriodSchema = z
  .object({ from: requiredIsoDate, to: requiredIsoDate })
  .refine(({ from, to }) => to >= from, { path: ['to'], ...withMessage('errors.beforeStart') })
  .refine(({ from, to }) => days(from, to) <= MAX_REPORT_DAYS, { path: ['to'], ...withMessage('errors.invalidValue') })

export type ReportPeriod = z.output<typeof reportPeriodSchema>
