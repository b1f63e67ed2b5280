import { z } from 'zod'
import { round2 } from './round'
import type { Benefit, CalcInput } from './types'

const amount = z.number().nonnegative()

export const EARNINGS_PENSION_VARIANTS = [
  'full',
  'partial',
  'rehabilitation-subsidy',
  'partial-rehabilitation-subsidy',
] as const
export const UNEMPLOYMENT_VARIANTS = [
  'yleistuki',
  'labour-market-subsidy',
  'basic-allowance',
  'earnings-related',
] as const

/**
 * The contract's Benefit union as a zod schema, built around the caller's amount rule: the engine uses a plain
 * non-negative number; the app's input forms use the same shapes with Finnish messages and an upper bound.
 */
export function benefitSchemaFor(amount: z.ZodNumber | z.ZodType<number>) {
  return z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('earnings-disability-pension'),
      variant: z.enum(EARNINGS_PENSION_VARIANTS),
      monthlyAmount: amount,
      establishedEarnings: amount.optional(),
      personalLimit: amount.optional(),
    }),
    z.object({ kind: z.literal('kela-disability-pension'), monthlyAmount: amount }),
    z.object({ kind: z.literal('guarantee-pension'), monthlyAmount: amount, disabilityBased: z.boolean() }),
    z.object({ kind: z.literal('unemployment-benefit'), variant: z.enum(UNEMPLOYMENT_VARIANTS), dailyAmount: amount }),
    z.object({
      kind: z.literal('housing-allowance'),
      acceptedHousingCosts: amount,
      otherGrossIncome: amount.optional(),
    }),
    z.object({ kind: z.literal('social-assistance'), monthlyAmount: amount }),
    z.object({ kind: z.literal('debt-enforcement') }),
    z.object({ kind: z.literal('disability-allowance'), monthlyAmount: amount }),
    z.object({ kind: z.literal('pensioners-care-allowance'), monthlyAmount: amount }),
  ])
}

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

/** Kinds a calculation may contain at most once. */
const SINGLE_KINDS: ReadonlySet<Benefit['kind']> = new Set([
  'housing-allowance',
  'social-assistance',
  'debt-enforcement',
])

/** Validates and applies defaults. Throws an Error whose message starts with the offending field. */
export function normalizeInput(input: CalcInput): NormalizedInput {
  const parsed = inputSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue ? fieldPath(issue.path) : 'input'
    throw new Error(`${path}: ${issue?.message ?? 'invalid input'}`)
  }
  const data = parsed.data
  const seen = new Set<Benefit['kind']>()
  data.benefits.forEach((b, i) => {
    if (SINGLE_KINDS.has(b.kind)) {
      if (seen.has(b.kind)) throw new Error(`benefits[${i}].kind: "${b.kind}" may appear only once`)
      seen.add(b.kind)
    }
  })
  const { wage } = data
  if (wage.netMonthly !== undefined && wage.netMonthly > wage.grossMonthly) {
    throw new Error('wage.netMonthly: must not exceed wage.grossMonthly')
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

/** Net wage = gross × (1 − withholding %). Employee pension/unemployment contributions are not deducted. */
export function estimateNetWage(grossMonthly: number, taxRatePercent: number): number {
  return round2(grossMonthly * (1 - taxRatePercent / 100))
}

/** The net wage for rules that need it; throws naming the field when it cannot be known. */
export function requireNet(input: NormalizedInput): number {
  if (input.wage.netMonthly === undefined) {
    if (input.wage.grossMonthly === 0) return 0
    throw new Error('wage.netMonthly: required (or wage.taxRatePercent) for social assistance and debt enforcement')
  }
  return input.wage.netMonthly
}
