import { z } from 'zod'
import { CalcInputError } from './errors'
import { BENEFIT_KIND_DESCRIPTIONS, benefitSchemaFor } from './kinds'
import { estimateNetWage } from './net-wage'
import { round2 } from './round'
import type { Benefit, CalcInput } from './types'

const amount = z.number().nonnegative()

const benefitSchema = benefitSchemaFor(amount)

const inputSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected "YYYY-MM"'),
  wage: z.object({
    grossMonthly: amount,
    netMonthly: amount.optional(),
    taxRatePercent: z.number().min(0).max(100).optional(),
    hoursPerWeek: z.number().min(0).max(168).optional(),
    fullTimeHoursPerWeek: z.number().positive().max(168).optional(),
  }),
  household: z
    .object({
      adults: z.number().int().min(1).max(20).optional(),
      children: z.number().int().min(0).max(30).optional(),
      enforcementDependants: z.number().int().min(0).max(30).optional(),
    })
    .optional(),
  benefits: z.array(benefitSchema),
})

export type NormalizedInput = {
  month: string
  wage: {
    grossMonthly: number
    /** given or estimated net wage; undefined when neither netMonthly nor taxRatePercent was given */
    netMonthly: number | undefined
    netEstimated: boolean
    /** withholding % from the tax card; benefits' net amounts use it too (0 when absent) */
    taxRatePercent: number | undefined
    hoursPerWeek: number | undefined
    fullTimeHoursPerWeek: number
  }
  household: { adults: number; children: number; enforcementDependants: number }
  benefits: Benefit[]
}

export const DEFAULT_FULL_TIME_HOURS_PER_WEEK = 37.5

/** Formats a zod issue path as `benefits[0].monthlyAmount`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? 'input' : out
}

/** Validates and applies defaults. Throws a CalcInputError naming the offending field. */
export { estimateNetWage, requireNet } from './net-wage'

export function normalizeInput(input: CalcInput): NormalizedInput {
  const parsed = inputSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CalcInputError(issue ? fieldPath(issue.path) : 'input', issue?.message ?? 'invalid input')
  }
  const data = parsed.data
  const seen = new Set<Benefit['kind']>()
  data.benefits.forEach((b, i) => {
    if (BENEFIT_KIND_DESCRIPTIONS[b.kind].single) {
      if (seen.has(b.kind)) throw new CalcInputError(`benefits[${i}].kind`, `"${b.kind}" may appear only once`)
      seen.add(b.kind)
    }
    if ('netMonthly' in b && b.netMonthly !== undefined) {
      const gross = 'monthlyAmount' in b ? b.monthlyAmount : 'dailyAmount' in b ? round2(b.dailyAmount * 21.5) : 0
      if (b.netMonthly > gross) {
        throw new CalcInputError(`benefits[${i}].netMonthly`, 'must not exceed the gross monthly amount')
      }
    }
  })
  if (seen.has('housing-allowance') && seen.has('pensioners-housing-allowance')) {
    const i = data.benefits.findIndex((b) => b.kind === 'pensioners-housing-allowance')
    throw new CalcInputError(
      `benefits[${i}].kind`,
      "a household gets either the general or the pensioner's housing allowance, not both",
    )
  }
  const { wage } = data
  if (wage.netMonthly !== undefined && wage.netMonthly > wage.grossMonthly) {
    throw new CalcInputError('wage.netMonthly', 'must not exceed wage.grossMonthly')
  }
  let net = wage.netMonthly
  let netEstimated = false
  if (net === undefined && wage.taxRatePercent !== undefined) {
    net = estimateNetWage(wage.grossMonthly, wage.taxRatePercent)
    netEstimated = true
  }
  return {
    month: data.month,
    wage: {
      grossMonthly: wage.grossMonthly,
      netMonthly: net,
      netEstimated,
      taxRatePercent: wage.taxRatePercent,
      hoursPerWeek: wage.hoursPerWeek,
      fullTimeHoursPerWeek: wage.fullTimeHoursPerWeek ?? DEFAULT_FULL_TIME_HOURS_PER_WEEK,
    },
    household: {
      adults: data.household?.adults ?? 1,
      children: data.household?.children ?? 0,
      enforcementDependants: data.household?.enforcementDependants ?? 0,
    },
    benefits: data.benefits as Benefit[],
  }
}
