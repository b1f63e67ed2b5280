import { round2 } from '../round'
import type { CalcInput, CalcResult } from '../types'
import { estimateNetWage } from '../net-wage'

export type IncomeSummary = {
  /** Σ amountBefore of all items, €/month */
  benefitsBefore: number
  /** Σ amountAfter of all items, €/month */
  benefitsAfter: number
  grossWage: number
  /** net wage (given or estimated from the tax rate); absent when neither is known */
  netWage?: number
  /** amount garnished in debt enforcement with the job (from the wage and the benefits together) */
  garnished: number
  /** amount garnished without the job (from the benefits) */
  garnishedBefore: number
  /** benefitsBefore − garnishedBefore */
  totalBefore: number
  /** benefitsAfter + grossWage − garnished */
  totalAfter: number
  /** totalAfter − totalBefore: "kannattaako työ" */
  change: number
}

/**
 * Monthly income before vs after the job. Benefit amounts are as the calculation gives them
 * (pensions and unemployment benefits are taxable, housing allowance and social assistance are not).
 */
export function incomeSummary(input: CalcInput, result: CalcResult): IncomeSummary {
  let before = 0
  let after = 0
  for (const item of result.items) {
    before += item.amountBefore
    after += item.amountAfter
  }
  const grossWage = input.wage.grossMonthly
  const garnished = result.enforcement?.garnished ?? 0
  const garnishedBefore = result.enforcement?.garnishedBefore ?? 0
  const net =
    input.wage.netMonthly ??
    (input.wage.taxRatePercent === undefined ? undefined : estimateNetWage(grossWage, input.wage.taxRatePercent))
  const totalBefore = round2(before - garnishedBefore)
  const totalAfter = round2(after + grossWage - garnished)
  const summary: IncomeSummary = {
    benefitsBefore: round2(before),
    benefitsAfter: round2(after),
    grossWage,
    garnished,
    garnishedBefore,
    totalBefore,
    totalAfter,
    change: round2(totalAfter - totalBefore),
  }
  if (net !== undefined) summary.netWage = net
  return summary
}
