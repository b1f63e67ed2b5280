import { calculate, PENSION_KINDS } from '../calculate'
import { round2 } from '../round'
import type { CalcInput, CalcOptions, CalcResult } from '../types'
import { checkNonNegative } from './wage'

export type YearViewInput = {
  /** first month, "YYYY-MM" */
  startMonth: string
  /** 12 gross monthly wages (€/month, in the month they are paid) */
  grossWages: readonly number[]
  /** optional 12 net wages; otherwise estimated per month from base.wage.taxRatePercent */
  netWages?: readonly number[]
  /** everything else of the calculation; base.wage.grossMonthly/netMonthly are ignored */
  base: Omit<CalcInput, 'month' | 'wage'> & { wage?: Omit<CalcInput['wage'], 'grossMonthly' | 'netMonthly'> }
}

/** Outcome of a run of consecutive months over a pension's limit. */
export type OverLimitOutcome =
  /** 1–2 months: may be treated as a work trial (the pension is not necessarily stopped) */
  | 'work-trial-possible'
  /** ≥ 3 months over the suspension limit: the pension is suspended (lepäämään) */
  | 'suspended'
  /** full earnings-related pension ≥ 3 months between the full and partial limits */
  | 'may-convert-to-partial'

export type OverLimitRun = { from: string; to: string; months: number; outcome: OverLimitOutcome }

export type YearViewPension = {
  benefitIndex: number
  kind: CalcResult['items'][number]['kind']
  /** months where the wage is above the pension's limit */
  overLimitMonths: string[]
  runs: OverLimitRun[]
  /** the most serious outcome of the year */
  outcome: 'within-limit' | OverLimitOutcome
}

export type YearViewMonth = {
  month: string
  grossWage: number
  result: CalcResult
  /** true when any pension is above its limit this month */
  overLimit: boolean
}

export type YearView = {
  months: YearViewMonth[]
  pensions: YearViewPension[]
  totals: { grossWages: number; benefitsBefore: number; benefitsAfter: number }
}

export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7)) - 1 + n
  const year = y + Math.floor(m / 12)
  const mm = (((m % 12) + 12) % 12) + 1
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}`
}

const SEVERITY: Record<YearViewPension['outcome'], number> = {
  'within-limit': 0,
  'work-trial-possible': 1,
  'may-convert-to-partial': 2,
  suspended: 3,
}

/**
 * Month-by-month view for a job with varying earnings. Each month is calculated with the rules in
 * force that month. Over-limit runs: 1–2 consecutive months may count as a work trial; from 3
 * consecutive months over the suspension limit the pension is suspended.
 */
export function calculateYearView(input: YearViewInput, options?: CalcOptions): YearView {
  if (input.grossWages.length !== 12) {
    throw new Error(`grossWages: expected 12 monthly wages, got ${input.grossWages.length}`)
  }
  if (input.netWages !== undefined && input.netWages.length !== 12) {
    throw new Error(`netWages: expected 12 monthly wages, got ${input.netWages.length}`)
  }
  input.grossWages.forEach((w, i) => checkNonNegative(`grossWages[${i}]`, w))
  input.netWages?.forEach((w, i) => checkNonNegative(`netWages[${i}]`, w))
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.startMonth)) {
    throw new Error(`startMonth: expected "YYYY-MM", got ${JSON.stringify(input.startMonth)}`)
  }
  const months: YearViewMonth[] = input.grossWages.map((grossWage, i) => {
    const month = addMonths(input.startMonth, i)
    const wage: CalcInput['wage'] = { ...input.base.wage, grossMonthly: grossWage }
    const net = input.netWages?.[i]
    if (net !== undefined) wage.netMonthly = net
    let result: CalcResult
    try {
      result = calculate({ ...input.base, month, wage }, options)
    } catch (e) {
      throw new Error(`months[${i}] (${month}): ${e instanceof Error ? e.message : String(e)}`, { cause: e })
    }
    const overLimit = result.items.some((it) => it.status === 'over-limit' || it.status === 'may-convert-to-partial')
    return { month, grossWage, result, overLimit }
  })

  const pensions: YearViewPension[] = []
  input.base.benefits.forEach((b, index) => {
    const first = months[0]?.result.items[index]
    if (!PENSION_KINDS.has(b.kind) || first === undefined || first.limit === undefined) return
    const overLimitMonths: string[] = []
    const runs: OverLimitRun[] = []
    let run: { from: number; to: number; suspendStreak: number; maxSuspendStreak: number } | undefined
    const close = (): void => {
      if (!run) return
      const length = run.to - run.from + 1
      const outcome: OverLimitOutcome =
        run.maxSuspendStreak >= 3 ? 'suspended' : length >= 3 ? 'may-convert-to-partial' : 'work-trial-possible'
      runs.push({ from: months[run.from]?.month ?? '', to: months[run.to]?.month ?? '', months: length, outcome })
      run = undefined
    }
    months.forEach((m, i) => {
      const status = m.result.items[index]?.status
      const above = status === 'over-limit' || status === 'may-convert-to-partial'
      if (!above) return close()
      overLimitMonths.push(m.month)
      if (!run) run = { from: i, to: i, suspendStreak: 0, maxSuspendStreak: 0 }
      run.to = i
      run.suspendStreak = status === 'over-limit' ? run.suspendStreak + 1 : 0
      run.maxSuspendStreak = Math.max(run.maxSuspendStreak, run.suspendStreak)
    })
    close()
    let outcome: YearViewPension['outcome'] = 'within-limit'
    for (const r of runs) if (SEVERITY[r.outcome] > SEVERITY[outcome]) outcome = r.outcome
    pensions.push({ benefitIndex: index, kind: b.kind, overLimitMonths, runs, outcome })
  })

  let grossWages = 0
  let benefitsBefore = 0
  let benefitsAfter = 0
  for (const m of months) {
    grossWages += m.grossWage
    for (const it of m.result.items) {
      benefitsBefore += it.amountBefore
      benefitsAfter += it.amountAfter
    }
  }
  return {
    months,
    pensions,
    totals: {
      grossWages: round2(grossWages),
      benefitsBefore: round2(benefitsBefore),
      benefitsAfter: round2(benefitsAfter),
    },
  }
}
