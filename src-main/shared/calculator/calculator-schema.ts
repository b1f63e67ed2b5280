// Zod schemas of the calculator's inputs, shared by the core (API validation) and the renderer (forms).
// The benefit shapes come from the engine (benefitSchemaFor); here they get Finnish messages. The engine validates again.
import { z } from 'zod'
import { isIsoDate } from '../dates/iso-date'
import { benefitSchemaFor, DEFAULT_PARAMETER_TABLE, PARAMETER_LABELS } from '../../benefits'
import type { Benefit, CalcInput, ParameterKey, ParameterRow, ParameterUnit } from '../../benefits'

/** Error messages are i18n keys (errors.* or calculator.errors.*); the renderer translates them. */
const amount = z
  .number({ message: 'calculator.errors.number' })
  .refine(Number.isFinite, { message: 'calculator.errors.number' })
  .min(0, { message: 'calculator.errors.negative' })
  .max(1_000_000, { message: 'calculator.errors.tooLarge' })

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
export const monthSchema = z.string().regex(MONTH_PATTERN, { message: 'calculator.errors.month' })

export { EARNINGS_PENSION_VARIANTS, UNEMPLOYMENT_VARIANTS } from '../../benefits'
export const BENEFIT_KINDS = [
  'kela-disability-pension',
  'earnings-disability-pension',
  'guarantee-pension',
  'unemployment-benefit',
  'housing-allowance',
  'social-assistance',
  'debt-enforcement',
  'disability-allowance',
  'pensioners-care-allowance',
] as const satisfies readonly Benefit['kind'][]

export const benefitSchema = benefitSchemaFor(amount)

const count = (min: number, max: number) =>
  z
    .number({ message: 'calculator.errors.number' })
    .int({ message: 'calculator.errors.wholeNumber' })
    .min(min, { message: 'calculator.errors.negative' })
    .max(max, { message: 'calculator.errors.tooLarge' })

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
      .number()
      .min(0, { message: 'calculator.errors.negative' })
      .max(100, { message: 'calculator.errors.percent' })
      .optional(),
    hoursPerWeek: z
      .number()
      .min(0, { message: 'calculator.errors.negative' })
      .max(168, { message: 'calculator.errors.tooLarge' })
      .optional(),
    fullTimeHoursPerWeek: z.number().positive().max(168).optional(),
  }),
  household: householdSchema.optional(),
  benefits: z.array(benefitSchema).max(20),
}) satisfies z.ZodType<CalcInput>

/** How the coach gave the wage (kept with a saved calculation so it can be shown as entered). */
export const wageEntrySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('monthly') }),
  z.object({ mode: z.literal('hourly'), hourlyWage: amount, hoursPerWeek: z.number().min(0).max(168) }),
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
  key: z.enum(PARAMETER_KEYS, { message: 'errors.required' }),
  validFrom: z
    .string({ message: 'errors.required' })
    .refine(isIsoDate, { message: 'errors.invalidDate' })
    .refine((value) => value >= FIRST_DAY && value <= LAST_DAY, { message: 'calculator.errors.validFromRange' }),
  value: z
    .number({ message: 'calculator.errors.number' })
    .refine(Number.isFinite, { message: 'calculator.errors.number' })
    .min(0, { message: 'calculator.errors.negative' })
    .max(1_000_000, { message: 'calculator.errors.tooLarge' }),
  status: z.enum(['verified', 'estimated']),
  source: z
    .string()
    .trim()
    .min(1, { message: 'calculator.errors.sourceRequired' })
    .max(500, { message: 'errors.tooLong' }),
  note: z.string().trim().max(1000, { message: 'errors.tooLong' }).optional(),
  changedBy: z
    .string()
    .trim()
    .min(1, { message: 'calculator.errors.changedByRequired' })
    .max(200, { message: 'errors.tooLong' }),
})

export type ParameterOverrideInput = z.input<typeof parameterOverrideInputSchema>
export type ParameterOverride = ParameterRow & { id: string; changedAt: string; changedBy: string }
export type ClientBenefits = z.output<typeof clientBenefitsSchema>
export type WageEntry = z.output<typeof wageEntrySchema>
export type YearPlan = z.output<typeof yearPlanSchema>
export type SaveCalculationInput = z.output<typeof saveCalculationSchema>
