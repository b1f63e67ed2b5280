import { calculateEarningsImpact } from './index'
import type { Benefit, CalcInput, CalcItem, CalcResult } from './index'

export function run(
  month: string,
  grossMonthly: number,
  benefits: Benefit[],
  extra: { wage?: Partial<CalcInput['wage']>; household?: CalcInput['household'] } = {},
): CalcResult {
  const input: CalcInput = { month, wage: { grossMonthly, ...extra.wage }, benefits }
  if (extra.household) input.household = extra.household
  return calculateEarningsImpact(input)
}

/** The single item of a one-benefit calculation. */
export function one(
  month: string,
  grossMonthly: number,
  benefit: Benefit,
  extra: { wage?: Partial<CalcInput['wage']>; household?: CalcInput['household'] } = {},
): CalcItem {
  const item = run(month, grossMonthly, [benefit], extra).items[0]
  if (!item) throw new Error('no item')
  return item
}
