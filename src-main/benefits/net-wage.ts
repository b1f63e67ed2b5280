import { CalcInputError } from './errors'
import { round2 } from './round'
import type { NormalizedInput } from './validate'

/** Net wage = gross × (1 − withholding %). Employee pension/unemployment contributions are not deducted. */
export function estimateNetWage(grossMonthly: number, taxRatePercent: number): number {
  return round2(grossMonthly * (1 - taxRatePercent / 100))
}

/** The net wage for rules that need it; throws naming the field when it cannot be known. */
export function requireNet(input: NormalizedInput): number {
  if (input.wage.netMonthly === undefined) {
    if (input.wage.grossMonthly === 0) return 0
    throw new CalcInputError(
      'wage.netMonthly',
      'required (or wage.taxRatePercent) for social assistance and debt enforcement',
    )
  }
  return input.wage.netMonthly
}
