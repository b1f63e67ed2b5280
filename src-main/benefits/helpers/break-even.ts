import { kindOf } from '../calculate'
import { ParameterReader } from '../context'
import { DEFAULT_PARAMETER_TABLE, resolveParameters } from '../parameters'
import { floor2 } from '../round'
import type { Benefit, CalcInput, CalcOptions } from '../types'
import { normalizeInput } from '../validate'
import { WEEKS_PER_MONTH, checkNonNegative } from './wage'

export type PensionBreakEven = {
  /** index of the pension in input.benefits */
  benefitIndex: number
  kind: Benefit['kind']
  variant?: Extract<Benefit, { kind: 'earnings-disability-pension' }>['variant']
  /** the highest gross wage €/month that keeps the pension paid in full (= its earnings limit) */
  maxWageWithinLimit: number
  /** full earnings-related variants: the highest gross wage €/month before the pension is suspended
   *  (above maxWageWithinLimit it may be converted to a partial pension) */
  maxWageBeforeSuspension?: number
  /** hours/week at the given hourly wage that reach maxWageWithinLimit, rounded down to 0.01 h */
  hoursPerWeekWithinLimit?: number
  /** hours/week at the given hourly wage that reach maxWageBeforeSuspension, rounded down to 0.01 h */
  hoursPerWeekBeforeSuspension?: number
}

function hoursFor(wage: number, hourly: number): number {
  return floor2(wage / (hourly * WEEKS_PER_MONTH))
}

/**
 * For every benefit with an earnings limit (kinds.ts: earningsLimits): the highest monthly gross wage that keeps it
 * within its limit, and (given an hourly wage) the hours per week that reach it (month = hours/week × 52/12 ×
 * hourly wage). Benefits that wages do not stop are left out.
 */
export function breakEven(input: CalcInput, hourlyWage?: number, options?: CalcOptions): PensionBreakEven[] {
  const normalized = normalizeInput(input)
  if (hourlyWage !== undefined) checkNonNegative('hourlyWage', hourlyWage, { positive: true })
  const p = new ParameterReader(resolveParameters(normalized.month, options?.parameters ?? DEFAULT_PARAMETER_TABLE))
  const out: PensionBreakEven[] = []
  normalized.benefits.forEach((b, i) => {
    const limits = kindOf(b).earningsLimits?.(b, p)
    if (!limits) return
    const entry: PensionBreakEven = { benefitIndex: i, kind: b.kind, maxWageWithinLimit: limits.limit }
    if (b.kind === 'earnings-disability-pension') entry.variant = b.variant
    if (limits.beforeSuspension !== undefined) entry.maxWageBeforeSuspension = limits.beforeSuspension
    if (hourlyWage !== undefined) {
      entry.hoursPerWeekWithinLimit = hoursFor(entry.maxWageWithinLimit, hourlyWage)
      if (entry.maxWageBeforeSuspension !== undefined) {
        entry.hoursPerWeekBeforeSuspension = hoursFor(entry.maxWageBeforeSuspension, hourlyWage)
      }
    }
    out.push(entry)
  })
  return out
}
