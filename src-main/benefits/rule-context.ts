import type { ParameterReader } from './context'
import type { EnforcementResult } from './rules/enforcement'
import type { CalcItem } from './types'
import type { NormalizedInput } from './validate'

/**
 * How the 12-month view adjusts one month's calculation (empty for a single-month calculation, which shows the
 * sustained situation).
 */
export type MonthAdjustments = {
  /** indices of pensions paid this month although the wage is over their limit (a 1–2 month work trial) */
  workTrial?: ReadonlySet<number>
  /** general housing allowance: household income (whole euros) of Kela's decision in force this month */
  housingDecisionIncome?: number
  /** unemployment benefit: the daily amount in force this month after step-downs, by benefit index */
  dailyAmount?: ReadonlyMap<number, number>
}

/** Sums a rule may take of the other benefits' amounts (the kinds taking part are set in kinds.ts). */
export type SumRole = 'housingIncome' | 'enforcementBase'

/** What a rule sees: its parameters, the whole input and what the earlier phases computed. */
export type RuleContext = {
  index: number
  p: ParameterReader
  input: NormalizedInput
  adjust: MonthAdjustments
  warnings: string[]
  /** items of earlier phases, by benefit index */
  items: ReadonlyArray<CalcItem | undefined>
  /** Σ of the before/after amounts of the items that take part in `role`; `net` applies each one's withholding */
  sum: (role: SumRole, which: 'before' | 'after', net: boolean) => number
  /** Σ of the other benefits' decreases and increases, at net for taxable benefits (social assistance) */
  netChanges: () => { decreases: number; increases: number }
  /** true when a disability pension is lost with the job (suspended, not a work trial) */
  pensionStops: () => boolean
  /** true when a full disability pension (entitling to the pensioner's benefits) is paid without / with the job */
  fullPensionPaid: (which: 'before' | 'after') => boolean
  /** the enforcement phase's result, for the last-resort phase */
  enforcement: () => EnforcementResult | undefined
  /** facts a rule reports for the 12-month view */
  out: MonthFacts
}

export type MonthFacts = {
  /** general housing allowance: counted household income (whole euros) without / with the job */
  housingIncome?: { before: number; after: number }
}
