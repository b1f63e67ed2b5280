// Benefits earnings-limit calculator: pure, no I/O. Public entry point (spec §2).
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
export { round2, monthlyFromDaily, BENEFIT_DAYS_PER_MONTH } from './round'
export { estimateNetWage } from './validate'
