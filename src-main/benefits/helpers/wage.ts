import { CalcInputError } from '../errors'
import { round2 } from '../round'
import { estimateNetWage } from '../net-wage'

/** Average weeks per month: 52 weeks / 12 months ≈ 4.333. */
export const WEEKS_PER_MONTH = 52 / 12

function check(name: string, x: number, opts: { positive?: boolean } = {}): void {
  if (!Number.isFinite(x) || x < 0 || (opts.positive === true && x === 0)) {
    throw new CalcInputError(
      name,
      `expected a finite ${opts.positive === true ? 'positive' : 'non-negative'} number, got ${x}`,
    )
  }
}

/** €/hour × hours/week → €/month = round2(hourly × hoursPerWeek × 52/12). */
export function monthlyWageFromHourly(hourlyWage: number, hoursPerWeek: number): number {
  check('hourlyWage', hourlyWage)
  check('hoursPerWeek', hoursPerWeek)
  return round2(hourlyWage * hoursPerWeek * WEEKS_PER_MONTH)
}

/** Net wage estimate: gross × (1 − withholding % / 100). Employee insurance contributions are not deducted. */
export function netWageEstimate(grossMonthly: number, taxRatePercent: number): number {
  check('grossMonthly', grossMonthly)
  check('taxRatePercent', taxRatePercent)
  if (taxRatePercent > 100) throw new CalcInputError('taxRatePercent', `must be at most 100, got ${taxRatePercent}`)
  return estimateNetWage(grossMonthly, taxRatePercent)
}

export { check as checkNonNegative }
