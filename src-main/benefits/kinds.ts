// One description per benefit kind: its input fields (and zod shape), the rule that computes it, the phase it runs
// in and the sums it takes part in. Adding a kind to the Benefit union in types.ts makes the compiler ask for an
// entry here; everything else (validation, the app's schema, the calculation order, the 12-month view, the form's
// fields) reads this table. Over 300 lines because it is the one table of all kinds: splitting it would bring
// back the per-file kind lists it replaces.
import { z } from 'zod'
import type { ParameterReader } from './context'
import type { RuleContext } from './rule-context'
import { careAllowanceRule } from './rules/care-allowance'
import { disabilityFloor } from './rules/disability-limit'
import { earningsPensionLimits, earningsPensionRule, isFullVariant } from './rules/earnings-pension'
import { housingRule } from './rules/housing'
import { kelaPensionRule } from './rules/kela-pension'
import { pensionersHousingRule } from './rules/pensioners-housing'
import { socialAssistanceRule } from './rules/social-assistance'
import { disabilityAllowanceRule } from './rules/unaffected'
import { unemploymentRule } from './rules/unemployment'
import type { Benefit, BenefitKind, CalcItem } from './types'

export type BenefitOf<K extends BenefitKind> = Extract<Benefit, { kind: K }>

/** The amount schema a caller builds the shapes with (the engine: a plain non-negative number). */
export type AmountSchema = z.ZodType<number>

/**
 * Calculation phases, in order: the wage alone; things that depend on the pensions' outcome; household-income
 * benefits; debt enforcement; the last resort (social assistance sees all others).
 */
export const PHASES = ['wage', 'pension-outcome', 'household', 'enforcement', 'last-resort'] as const
export type Phase = (typeof PHASES)[number]

/** A field a form asks for. `advanced` fields are optional refinements (e.g. a figure from a decision letter). */
export type FieldSpec = {
  name: string
  input: 'amount' | 'daily-amount' | 'variant' | 'boolean' | 'days'
  optional: boolean
  advanced?: boolean
}

export type ReportTo = 'kela' | 'pension-provider' | 'unemployment-fund'

export type EarningsLimits = {
  /** the highest gross wage €/month that keeps the pension paid in full */
  limit: number
  /** full earnings-related variants: the highest gross wage before suspension (may convert to partial above limit) */
  beforeSuspension?: number
}

export type KindDescription<K extends BenefitKind> = {
  /** the input shape, validated with the caller's amount schema */
  schema: (amount: AmountSchema) => z.ZodType<BenefitOf<K>>
  fields: readonly FieldSpec[]
  /** allowed values of `variant`, first = default */
  variants?: readonly BenefitVariant[]
  /** may appear at most once in a calculation */
  single: boolean
  phase: Phase
  /** which sums its before/after amounts take part in */
  sums: {
    /** household gross income of the general and the pensioner's housing allowance */
    housingIncome: boolean
    /** the income base of debt enforcement (ulosottokaari 4:45), at net */
    enforcementBase: boolean
    /** taxable: its changes count at net in social assistance */
    taxable: boolean
  }
  /** a pension (separate tax card) */
  pension: boolean
  /** a full disability pension that entitles to the pensioner's housing and care allowances */
  fullPension: (b: BenefitOf<K>) => boolean
  /** the wage limit the 12-month view and the break-even track, when the benefit has one */
  earningsLimits?: (b: BenefitOf<K>, p: ParameterReader) => EarningsLimits | undefined
  /** Parameter-key prefixes the rule reads (to mark results resting on an estimated figure). */
  parameterPrefixes: readonly string[]
  /** who must be told about the job */
  reportTo: (b: BenefitOf<K>) => ReportTo | undefined
  /** the rule; undefined for kinds computed by a phase of their own (debt enforcement) */
  rule?: (b: BenefitOf<K>, ctx: RuleContext) => CalcItem
}

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
/** Every variant of every kind that has variants (their labels are keyed by these names). */
export type BenefitVariant = (typeof EARNINGS_PENSION_VARIANTS)[number] | (typeof UNEMPLOYMENT_VARIANTS)[number]

const amountField = (name: string, optional = false, advanced = false): FieldSpec =>
  advanced ? { name, input: 'amount', optional, advanced } : { name, input: 'amount', optional }
const variantField: FieldSpec = { name: 'variant', input: 'variant', optional: false }
const NET: FieldSpec = amountField('netMonthly', true, true)
const NO_SUMS = { housingIncome: false, enforcementBase: false, taxable: false }
const PENSION_SUMS = { housingIncome: true, enforcementBase: true, taxable: true }
const never = () => false

export const BENEFIT_KIND_DESCRIPTIONS: { readonly [K in BenefitKind]: KindDescription<K> } = {
  'kela-disability-pension': {
    schema: (amount) =>
      z.object({
        kind: z.literal('kela-disability-pension'),
        monthlyAmount: amount,
        netMonthly: amount.optional(),
      }),
    fields: [amountField('monthlyAmount'), NET],
    single: false,
    phase: 'wage',
    sums: PENSION_SUMS,
    pension: true,
    fullPension: () => true,
    earningsLimits: (_b, p) => ({ limit: disabilityFloor(p) }),
    parameterPrefixes: ['guaranteePension.'],
    reportTo: () => 'kela',
    rule: kelaPensionRule,
  },
  'earnings-disability-pension': {
    schema: (amount) =>
      z.object({
        kind: z.literal('earnings-disability-pension'),
        variant: z.enum(EARNINGS_PENSION_VARIANTS),
        monthlyAmount: amount,
        establishedEarnings: amount.optional(),
        personalLimit: amount.optional(),
        netMonthly: amount.optional(),
      }),
    fields: [
      variantField,
      amountField('monthlyAmount'),
      amountField('establishedEarnings', true),
      amountField('personalLimit', true),
      NET,
    ],
    variants: EARNINGS_PENSION_VARIANTS,
    single: false,
    phase: 'wage',
    sums: PENSION_SUMS,
    pension: true,
    fullPension: (b) => isFullVariant(b.variant),
    earningsLimits: (b, p) => {
      const { limit, partialLimit } = earningsPensionLimits(b, p)
      return isFullVariant(b.variant) ? { limit, beforeSuspension: partialLimit } : { limit }
    },
    parameterPrefixes: ['guaranteePension.', 'earningsPension.'],
    reportTo: () => 'pension-provider',
    rule: earningsPensionRule,
  },
  'guarantee-pension': {
    schema: (amount) =>
      z.object({
        kind: z.literal('guarantee-pension'),
        monthlyAmount: amount,
        disabilityBased: z.boolean(),
        netMonthly: amount.optional(),
      }),
    fields: [amountField('monthlyAmount'), { name: 'disabilityBased', input: 'boolean', optional: false }, NET],
    single: false,
    phase: 'wage',
    sums: PENSION_SUMS,
    pension: true,
    fullPension: (b) => b.disabilityBased,
    earningsLimits: (b, p) => (b.disabilityBased ? { limit: disabilityFloor(p) } : undefined),
    parameterPrefixes: ['guaranteePension.'],
    reportTo: () => 'kela',
    rule: kelaPensionRule,
  },
  'unemployment-benefit': {
    schema: (amount) =>
      z.object({
        kind: z.literal('unemployment-benefit'),
        variant: z.enum(UNEMPLOYMENT_VARIANTS),
        dailyAmount: amount,
        netMonthly: amount.optional(),
        benefitDaysPaid: z.number().min(0).max(1000).optional(),
      }),
    fields: [
      variantField,
      { name: 'dailyAmount', input: 'daily-amount', optional: false },
      NET,
      { name: 'benefitDaysPaid', input: 'days', optional: true, advanced: true },
    ],
    variants: UNEMPLOYMENT_VARIANTS,
    single: false,
    phase: 'wage',
    sums: { housingIncome: true, enforcementBase: true, taxable: true },
    pension: false,
    fullPension: never,
    parameterPrefixes: ['unemployment.'],
    reportTo: (b) => (b.variant === 'earnings-related' ? 'unemployment-fund' : 'kela'),
    rule: unemploymentRule,
  },
  'housing-allowance': {
    schema: (amount) =>
      z.object({
        kind: z.literal('housing-allowance'),
        acceptedHousingCosts: amount,
        otherGrossIncome: amount.optional(),
        maximumHousingCosts: amount.optional(),
      }),
    fields: [
      amountField('acceptedHousingCosts'),
      amountField('otherGrossIncome', true),
      amountField('maximumHousingCosts', true, true),
    ],
    single: true,
    phase: 'household',
    sums: NO_SUMS,
    pension: false,
    fullPension: never,
    parameterPrefixes: ['housing.'],
    reportTo: () => 'kela',
    rule: housingRule,
  },
  'pensioners-housing-allowance': {
    schema: (amount) =>
      z.object({
        kind: z.literal('pensioners-housing-allowance'),
        acceptedHousingCosts: amount,
        otherGrossIncome: amount.optional(),
        maximumHousingCosts: amount.optional(),
      }),
    fields: [
      amountField('acceptedHousingCosts'),
      amountField('otherGrossIncome', true),
      amountField('maximumHousingCosts', true, true),
    ],
    single: true,
    phase: 'household',
    sums: NO_SUMS,
    pension: false,
    fullPension: never,
    parameterPrefixes: ['pensionersHousing.'],
    reportTo: () => 'kela',
    rule: pensionersHousingRule,
  },
  'social-assistance': {
    schema: (amount) => z.object({ kind: z.literal('social-assistance'), monthlyAmount: amount }),
    fields: [amountField('monthlyAmount')],
    single: true,
    phase: 'last-resort',
    sums: NO_SUMS,
    pension: false,
    fullPension: never,
    parameterPrefixes: ['socialAssistance.'],
    reportTo: () => 'kela',
    rule: socialAssistanceRule,
  },
  'debt-enforcement': {
    schema: () => z.object({ kind: z.literal('debt-enforcement') }),
    fields: [],
    single: true,
    phase: 'enforcement',
    sums: NO_SUMS,
    pension: false,
    fullPension: never,
    parameterPrefixes: ['enforcement.'],
    reportTo: () => undefined,
  },
  'disability-allowance': {
    schema: (amount) => z.object({ kind: z.literal('disability-allowance'), monthlyAmount: amount }),
    fields: [amountField('monthlyAmount')],
    single: false,
    phase: 'wage',
    sums: NO_SUMS,
    pension: false,
    fullPension: never,
    parameterPrefixes: [],
    reportTo: () => 'kela',
    rule: disabilityAllowanceRule,
  },
  'pensioners-care-allowance': {
    schema: (amount) => z.object({ kind: z.literal('pensioners-care-allowance'), monthlyAmount: amount }),
    fields: [amountField('monthlyAmount')],
    single: false,
    phase: 'pension-outcome',
    sums: NO_SUMS,
    pension: false,
    fullPension: never,
    parameterPrefixes: ['disabilityAllowance.'],
    reportTo: () => 'kela',
    rule: careAllowanceRule,
  },
}

/** Every kind, in the order of the table above (the order the app offers them in). */
export const BENEFIT_KIND_LIST = Object.keys(BENEFIT_KIND_DESCRIPTIONS) as BenefitKind[]

/** The description of a benefit's kind, typed for that benefit. */
export function describe<K extends BenefitKind>(b: BenefitOf<K>): KindDescription<K> {
  return BENEFIT_KIND_DESCRIPTIONS[b.kind as K]
}

/**
 * The contract's Benefit union as a zod schema, built around the caller's amount rule: the engine uses a plain
 * non-negative number; the app's input forms use the same shapes with Finnish messages and an upper bound.
 */
export function benefitSchemaFor(amount: AmountSchema): z.ZodType<Benefit> {
  const options = BENEFIT_KIND_LIST.map((kind) => BENEFIT_KIND_DESCRIPTIONS[kind].schema(amount)) as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ]
  return z.discriminatedUnion('kind', options) as unknown as z.ZodType<Benefit>
}
