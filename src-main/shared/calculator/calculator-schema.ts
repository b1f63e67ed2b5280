// Zod schemas of the calculator's inputs, shared by the core (API validation) and the renderer (forms).
// The benefit shapes come from the engine (benefitSchemaFor); here they get message keys. The engine validates again.
import { z } from 'zod'
import { BENEFIT_KIND_LIST, benefitSchemaFor, DEFAULT_PARAMETER_TABLE, PARAMETER_LABELS } from '../../benefits'
import type { CalcInput, ParameterKey, ParameterRow, ParameterUnit } from '../../benefits'
import { isIsoDate } from '../dates/dates'
import { withMessage } from '../validation/messages'

const amount = z
  .number(withMessage('calculator.errors.number'))
  .refine(Number.isFinite, withMessage('calculator.errors.number'))
  .min(0, withMessage('calculator.errors.negative'))
  .max(1_000_000, withMessage('calculator.errors.tooLarge'))

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
export const monthSchema = z.string().regex(MONTH_PATTERN, withMessage('calculator.errors.month'))

export { EARNINGS_PENSION_VARIANTS, UNEMPLOYMENT_VARIANTS } from '../../benefits'
/** Every benefit kind, in the order the app offers them (from the engine's one description per kind). */
export const BENEFIT_KINDS = BENEFIT_KIND_LIST

export const benefitSchema = benefitSchemaFor(amount)

const count = (min: number, max: number) =>
  z
    .number(withMessage('calculator.errors.number'))
    .int(withMessage('calculator.errors.wholeNumber'))
    .min(min, withMessage('calculator.errors.negative'))
    .max(max, withMessage('calculator.errors.tooLarge'))

export const householdSchema = z.object({
  adults: count(1, 20).optional(),
  children: count(0, 30).optional(),
  enforcementDependants: count(0, 30).optional(),
})

export const calcInputSchema = z.object({
  month: monthSchema,
  wage: z.object({
    grossMonthly: amount,
    netMonthly: amount.optional(),
    taxRatePercent: z
      .number(withMessage('calculator.errors.number'))
      .min(0, withMessage('calculator.errors.negative'))
      .max(100, withMessage('calculator.errors.percent'))
      .optional(),
    hoursPerWeek: z
      .number(withMessage('calculator.errors.number'))
      .min(0, withMessage('calculator.errors.negative'))
      .max(168, withMessage('calculator.errors.tooLarge'))
      .optional(),
    fullTimeHoursPerWeek: z
      .number(withMessage('calculator.errors.number'))
      .positive(withMessage('calculator.errors.number'))
      .max(168, withMessage('calculator.errors.tooLarge'))
      .optional(),
  }),
  household: householdSchema.optional(),
  benefits: z.array(benefitSchema).max(20),
}) satisfies z.ZodType<CalcInput>

/** How the coach gave the wage (kept with a saved calculation so it can be shown as entered). */
export const wageEntrySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('monthly') }),
  z.object({
    mode: z.literal('hourly'),
    hourlyWage: amount,
    hoursPerWeek: z
      .number(withMessage('calculator.errors.number'))
      .min(0, withMessage('calculator.errors.negative'))
      .max(168, withMessage('calculator.errors.tooLarge')),
  }),
])

/** The 12-month view's input: first month and 12 gross wages. */
export const yearPlanSchema = z.object({
  startMonth: monthSchema,
  grossWages: z.array(amount).length(12),
})

/** The benefits recorded for a client (what prefills the calculator). */
export const clientBenefitsSchema = z.object({
  benefits: z.array(benefitSchema).max(20),
  household: householdSchema.optional(),
})

export const saveCalculationSchema = z.object({
  clientId: z.uuid(),
  input: calcInputSchema,
  wageEntry: wageEntrySchema.optional(),
  yearPlan: yearPlanSchema.optional(),
})

const PARAMETER_KEYS = Object.keys(PARAMETER_LABELS) as [ParameterKey, ...ParameterKey[]]
const LAST_DAY = `${DEFAULT_PARAMETER_TABLE.validThrough}-31`
const FIRST_DAY = DEFAULT_PARAMETER_TABLE.rows.reduce(
  (first, row) => (row.validFrom < first ? row.validFrom : first),
  '9999',
)

/** The unit of each parameter key, from the built-in table (a coach's update keeps the unit). */
export const PARAMETER_UNITS = Object.fromEntries(
  DEFAULT_PARAMETER_TABLE.rows.map((row) => [row.key, row.unit]),
) as Record<ParameterKey, ParameterUnit>

/** A coach's update of one figure (the unit comes from the key; who and when are added by the core). */
export const parameterOverrideInputSchema = z.object({
  key: z.enum(PARAMETER_KEYS, withMessage('errors.required')),
  validFrom: z
    .string(withMessage('errors.required'))
    .refine((value) => isIsoDate(value), withMessage('errors.invalidDate'))
    .refine((value) => value >= FIRST_DAY && value <= LAST_DAY, withMessage('calculator.errors.validFromRange')),
  value: z
    .number(withMessage('calculator.errors.number'))
    .refine(Number.isFinite, withMessage('calculator.errors.number'))
    .min(0, withMessage('calculator.errors.negative'))
    .max(1_000_000, withMessage('calculator.errors.tooLarge')),
  status: z.enum(['verified', 'estimated']),
  source: z
    .string()
    .trim()
    .min(1, withMessage('calculator.errors.sourceRequired'))
    .max(500, withMessage('errors.tooLong')),
  note: z.string().trim().max(1000, withMessage('errors.tooLong')).optional(),
  changedBy: z
    .string()
    .trim()
    .min(1, withMessage('calculator.errors.changedByRequired'))
    .max(200, withMessage('errors.tooLong')),
})

export type ParameterOverrideInput = z.input<typeof parameterOverrideInputSchema>
export type ParameterOverride = ParameterRow & { id: string; changedAt: string; changedBy: string }
export type ClientBenefits = z.output<typeof clientBenefitsSchema>
export type WageEntry = z.output<typeof wageEntrySchema>
export type YearPlan = z.output<typeof yearPlanSchema>
export type SaveCalculationInput = z.output<typeof saveCalculationSchema>
