import {
  calculateEarningsImpact,
  incomeSummary,
  type CalcInput,
  type CalcOptions,
  type CalcResult,
  type IncomeSummary,
  type PensionBreakEven,
  type Status,
} from '../../benefits'

/** The better choice when the planned wage would stop a pension: the highest wage that keeps every pension. */
export type PensionKeepingWage = {
  /** the highest gross wage €/month that keeps every pension within its limit */
  wage: number
  /** hours per week at the given hourly wage that reach it, when the hourly wage is known */
  hoursPerWeek?: number
  /** income before vs after at that wage */
  summary: IncomeSummary
  /** indexes (in input.benefits) of the pensions the planned wage stops or may turn into a partial pension */
  stoppedPensions: number[]
}

const STOPPED: ReadonlySet<Status> = new Set(['over-limit', 'not-payable', 'may-convert-to-partial'])

/**
 * When the planned wage stops a pension (or may turn a full one into a partial one), what the highest wage that
 * keeps every pension gives: its income summary from the same engine, input and parameters. Undefined when no pension
 * is stopped. Items map to input.benefits by index (the engine keeps the order).
 */
export function pensionKeepingWage(
  input: CalcInput,
  result: CalcResult,
  breakEven: readonly PensionBreakEven[],
  options?: CalcOptions,
): PensionKeepingWage | undefined {
  const stopped = breakEven.filter((entry) => {
    const item = result.items[entry.benefitIndex]
    return item !== undefined && STOPPED.has(item.status) && entry.maxWageWithinLimit < input.wage.grossMonthly
  })
  if (stopped.length === 0) return undefined
  const binding = breakEven.reduce((lowest, entry) =>
    entry.maxWageWithinLimit < lowest.maxWageWithinLimit ? entry : lowest,
  )
  const wage = binding.maxWageWithinLimit
  const { netMonthly: _net, ...wageRest } = input.wage
  const atLimit: CalcInput = { ...input, wage: { ...wageRest, grossMonthly: wage } }
  const kept = calculateEarningsImpact(atLimit, options)
  // The limit itself keeps the pension (the engine's break-even is inclusive); say nothing if it ever did not.
  if (stopped.some((entry) => STOPPED.has(kept.items[entry.benefitIndex]?.status ?? 'over-limit'))) return undefined
  const keeping: PensionKeepingWage = {
    wage,
    summary: incomeSummary(atLimit, kept),
    stoppedPensions: stopped.map((entry) => entry.benefitIndex),
  }
  if (binding.hoursPerWeekWithinLimit !== undefined) keeping.hoursPerWeek = binding.hoursPerWeekWithinLimit
  return keeping
}
