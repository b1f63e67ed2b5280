// Benefits earnings-limit calculator: pure, no I/O, usable from Node and the renderer.
// Public entry point (spec §2): calculateEarningsImpact and its types.
import { calculate } from './calculate'
import type { CalcInput, CalcOptions, CalcResult } from './types'

export function calculateEarningsImpact(input: CalcInput, options?: CalcOptions): CalcResult {
  return calculate(input, options)
}

export type { Benefit, BenefitKind, CalcInput, CalcItem, CalcOptions, CalcResult, Status } from './types'

export {
  DEFAULT_PARAMETER_TABLE,
  PARAMETER_LABELS,
  applyParameterOverrides,
  parameterRowId,
  parametersUsed,
  resolveParameters,
} from './parameters'
export type {
  ParameterKey,
  ParameterRow,
  ParameterStatus,
  ParameterTable,
  ParameterUnit,
  ResolvedParameters,
} from './parameters'

export { BENEFIT_DAYS_PER_MONTH, monthlyFromDaily, round2 } from './round'
export {
  BENEFIT_KIND_DESCRIPTIONS,
  BENEFIT_KIND_LIST,
  EARNINGS_PENSION_VARIANTS,
  UNEMPLOYMENT_VARIANTS,
  benefitSchemaFor,
} from './kinds'
export type { BenefitVariant, EarningsLimits, FieldSpec, KindDescription, Phase, ReportTo } from './kinds'
export { BENEFIT_KIND_NAMES, BENEFIT_VARIANT_NAMES } from './kind-names'
export { CalcInputError, inputErrorPath } from './errors'
export { WEEKS_PER_MONTH, monthlyWageFromHourly, netWageEstimate } from './helpers/wage'
export { breakEven } from './helpers/break-even'
export type { PensionBreakEven } from './helpers/break-even'
export { addMonths, calculateYearView } from './helpers/year-view'
export type {
  OverLimitOutcome,
  OverLimitRun,
  YearView,
  YearViewInput,
  YearViewMonth,
  YearViewPension,
} from './helpers/year-view'
export { incomeSummary } from './helpers/income-summary'
export type { IncomeSummary } from './helpers/income-summary'
