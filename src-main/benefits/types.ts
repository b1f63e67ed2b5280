// Public contract types (spec §2). Names and fields are stable; only optional fields may be added.
import type { ParameterRow, ParameterTable } from './parameters'

export type CalcInput = {
  /** "YYYY-MM": rules in force on the 1st of this month */
  month: string
  wage: {
    /** planned gross wage €/month */
    grossMonthly: number
    /** net wage after withholding; if absent, estimated from taxRatePercent */
    netMonthly?: number
    /** withholding % from the tax card */
    taxRatePercent?: number
    hoursPerWeek?: number
    /** default 37.5 */
    fullTimeHoursPerWeek?: number
  }
  /** defaults 1, 0, 0 */
  household?: { adults?: number; children?: number; enforcementDependants?: number }
  benefits: Benefit[]
}

export type Benefit =
  | {
      kind: 'earnings-disability-pension'
      variant: 'full' | 'partial' | 'rehabilitation-subsidy' | 'partial-rehabilitation-subsidy'
      monthlyAmount: number
      establishedEarnings?: number
      personalLimit?: number
      /** v2: net €/month after the pension's own withholding (else estimated from wage.taxRatePercent) */
      netMonthly?: number
    }
  /** includes Kela kuntoutustuki */
  | { kind: 'kela-disability-pension'; monthlyAmount: number; netMonthly?: number }
  | { kind: 'guarantee-pension'; monthlyAmount: number; disabilityBased: boolean; netMonthly?: number }
  | {
      kind: 'unemployment-benefit'
      variant: 'yleistuki' | 'labour-market-subsidy' | 'basic-allowance' | 'earnings-related'
      dailyAmount: number
      /** v2: net €/month of the full (unadjusted) benefit */
      netMonthly?: number
      /** v2, earnings-related: benefit days already paid (full-day equivalents) when the calculation starts; the
       *  12-month view projects the 80 % / 75 % step-downs from it */
      benefitDaysPaid?: number
    }
  | {
      kind: 'housing-allowance'
      acceptedHousingCosts: number
      otherGrossIncome?: number
      /** v2: maximum accepted housing costs (enimmäisasumismenot) from the client's Kela decision */
      maximumHousingCosts?: number
    }
  /** v2: eläkkeensaajan asumistuki */
  | {
      kind: 'pensioners-housing-allowance'
      /** rent, maintenance charge and separately paid water/heating, €/month */
      acceptedHousingCosts: number
      /** gross €/month of income not in this calculation (e.g. an old-age pension, capital income) */
      otherGrossIncome?: number
      /** maximum accepted housing costs from the client's Kela decision */
      maximumHousingCosts?: number
    }
  | { kind: 'social-assistance'; monthlyAmount: number }
  | { kind: 'debt-enforcement' }
  | { kind: 'disability-allowance'; monthlyAmount: number }
  | { kind: 'pensioners-care-allowance'; monthlyAmount: number }

export type BenefitKind = Benefit['kind']

export type Status = 'unaffected' | 'within-limit' | 'reduced' | 'may-convert-to-partial' | 'over-limit' | 'not-payable'

export type CalcItem = {
  kind: Benefit['kind']
  status: Status
  /** the earnings limit that applies, € / month, where the benefit has one */
  limit?: number
  /** € / month without the job */
  amountBefore: number
  /** € / month with the job (sustained: an over-limit pension counts as 0) */
  amountAfter: number
  /** plain-language steps, Finnish */
  explanation: string[]
  /** URLs of the rules used */
  sources: string[]
}

export type CalcResult = {
  month: string
  items: CalcItem[]
  enforcement?: {
    protectedAmount: number
    garnished: number
    /** v2: net wage + net pensions and unemployment benefits with the job, €/month */
    incomeBase?: number
    /** v2: the same base without the job */
    incomeBaseBefore?: number
    /** v2: garnished from incomeBaseBefore */
    garnishedBefore?: number
  }
  warnings: string[]
  /** Extension (not in the spec contract): the parameter rows this calculation read, to be saved with it. */
  parametersUsed?: ParameterRow[]
}

/** Optional second argument of calculateEarningsImpact (extension). */
export type CalcOptions = {
  /** parameter table to use instead of the built-in defaults (e.g. with a coach's overrides applied) */
  parameters?: ParameterTable
}
