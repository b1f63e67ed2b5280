// The 12-month view (just over 300 lines: the two passes and the step-down state belong together): each month with the rules in force that month, and what only a sequence of months shows —
// work trials (1–2 months over a pension limit), the general housing allowance's review timing, the earnings-related
// allowance's step-downs, and enforcement month by month.
import { calculateMonth, kindOf } from '../calculate'
import { ParameterReader } from '../context'
import { CalcInputError } from '../errors'
import { DEFAULT_PARAMETER_TABLE, resolveParameters } from '../parameters'
import { BENEFIT_DAYS_PER_MONTH, eur, round2 } from '../round'
import type { MonthAdjustments } from '../rule-context'
import type { Benefit, CalcInput, CalcOptions, CalcResult } from '../types'
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
  /** 1–2 months: treated as a work trial (the pension is paid) */
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
  /** true when a pension over its limit is still paid this month (a 1–2 month work trial) */
  workTrial: boolean
  /** plain-language notes on what only the sequence of months shows (Finnish) */
  notes: string[]
}

export type YearView = {
  months: YearViewMonth[]
  pensions: YearViewPension[]
  totals: {
    grossWages: number
    benefitsBefore: number
    benefitsAfter: number
    /** Σ garnished in debt enforcement over the 12 months */
    garnished: number
    /** Σ garnished without the job */
    garnishedBefore: number
  }
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

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

/** Month-by-month view for a job with varying earnings (see the file comment). */
export function calculateYearView(input: YearViewInput, options?: CalcOptions): YearView {
  if (input.grossWages.length !== 12) {
    throw new CalcInputError('grossWages', `expected 12 monthly wages, got ${input.grossWages.length}`)
  }
  if (input.netWages !== undefined && input.netWages.length !== 12) {
    throw new CalcInputError('netWages', `expected 12 monthly wages, got ${input.netWages.length}`)
  }
  input.grossWages.forEach((w, i) => checkNonNegative(`grossWages[${i}]`, w))
  input.netWages?.forEach((w, i) => checkNonNegative(`netWages[${i}]`, w))
  if (!MONTH_RE.test(input.startMonth)) {
    throw new CalcInputError('startMonth', `expected "YYYY-MM", got ${JSON.stringify(input.startMonth)}`)
  }
  const monthInput = (i: number): CalcInput => {
    const wage: CalcInput['wage'] = { ...input.base.wage, grossMonthly: input.grossWages[i] ?? 0 }
    const net = input.netWages?.[i]
    if (net !== undefined) wage.netMonthly = net
    return { ...input.base, month: addMonths(input.startMonth, i), wage }
  }
  const run = (i: number, adjust?: MonthAdjustments) => {
    try {
      return calculateMonth(monthInput(i), options, adjust)
    } catch (e) {
      if (e instanceof CalcInputError) {
        throw new CalcInputError(e.path, `${addMonths(input.startMonth, i)}: ${e.detail}`, { cause: e })
      }
      throw e
    }
  }

  // Pass 1: the months as they stand, to find the runs over each pension's limit.
  const plain = input.grossWages.map((_w, i) => run(i).result)
  const pensions = overLimitRuns(input.base.benefits, plain)
  const workTrialMonths = new Map<number, Set<number>>()
  for (const pension of pensions) {
    for (const r of pension.runs) {
      if (r.outcome !== 'work-trial-possible') continue
      for (let i = 0; i < 12; i++) {
        const m = addMonths(input.startMonth, i)
        if (m >= r.from && m <= r.to) {
          const set = workTrialMonths.get(i) ?? new Set<number>()
          set.add(pension.benefitIndex)
          workTrialMonths.set(i, set)
        }
      }
    }
  }

  // Pass 2: month by month with what the sequence implies.
  const steps = stepDownStates(input.base.benefits, input.startMonth, options)
  let housingDecision: number | undefined
  const months: YearViewMonth[] = []
  for (let i = 0; i < 12; i++) {
    const month = addMonths(input.startMonth, i)
    const notes: string[] = []
    const workTrial = workTrialMonths.get(i)
    const dailyAmount = new Map<number, number>()
    for (const step of steps) {
      const daily = step.dailyFor(month)
      if (daily !== step.benefit.dailyAmount) {
        dailyAmount.set(step.index, daily)
        notes.push(
          `Ansiopäiväraha porrastettu: ${eur(daily)} päivässä (maksettuja etuuspäiviä noin ${Math.floor(step.days)}).`,
        )
      }
    }
    const adjust: MonthAdjustments = {}
    if (workTrial) adjust.workTrial = workTrial
    if (dailyAmount.size > 0) adjust.dailyAmount = dailyAmount
    if (housingDecision !== undefined) adjust.housingDecisionIncome = housingDecision
    let { result, facts } = run(i, adjust)
    if (housingDecision === undefined && facts.housingIncome) {
      // The decision in force at the start is the one made on the income without the job.
      housingDecision = facts.housingIncome.before
      ;({ result, facts } = run(i, { ...adjust, housingDecisionIncome: housingDecision }))
    }
    if (facts.housingIncome && housingDecision !== undefined) {
      const p = new ParameterReader(resolveParameters(month, options?.parameters ?? DEFAULT_PARAMETER_TABLE))
      const change = facts.housingIncome.after - housingDecision
      if (change >= p.value('housing.reviewIncomeRise') || change <= -p.value('housing.reviewIncomeFall')) {
        notes.push(
          `Kotitalouden tulot muuttuvat ${eur(change)} kuukaudessa: yleinen asumistuki tarkistetaan ${change > 0 ? '' : 'hakemuksesta '}seuraavan kuukauden alusta.`,
        )
        housingDecision = facts.housingIncome.after
      }
    }
    if (workTrial) {
      notes.push('Eläkkeen ansioraja ylittyy, mutta enintään 2 kuukautta: työkokeilu, eläke maksetaan.')
    }
    if (result.enforcement) {
      notes.push(
        `Ulosoton pohja ${eur(result.enforcement.incomeBase ?? 0)} → ulosmitataan ${eur(result.enforcement.garnished)}.`,
      )
    }
    for (const step of steps) step.consume(result.items[step.index])
    const overLimit = plain[i]?.items.some((it) => it.status === 'over-limit' || it.status === 'may-convert-to-partial')
    months.push({
      month,
      grossWage: input.grossWages[i] ?? 0,
      result,
      overLimit: overLimit === true,
      workTrial: workTrial !== undefined,
      notes,
    })
  }

  let grossWages = 0
  let benefitsBefore = 0
  let benefitsAfter = 0
  let garnished = 0
  let garnishedBefore = 0
  for (const m of months) {
    grossWages += m.grossWage
    garnished += m.result.enforcement?.garnished ?? 0
    garnishedBefore += m.result.enforcement?.garnishedBefore ?? 0
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
      garnished: round2(garnished),
      garnishedBefore: round2(garnishedBefore),
    },
  }
}

/** Runs of consecutive months over each earnings-limited benefit's limit, and what each run leads to. */
function overLimitRuns(benefits: readonly Benefit[], results: CalcResult[]): YearViewPension[] {
  const pensions: YearViewPension[] = []
  benefits.forEach((b, index) => {
    const first = results[0]?.items[index]
    if (!kindOf(b).earningsLimits || first === undefined || first.limit === undefined) return
    const overLimitMonths: string[] = []
    const runs: OverLimitRun[] = []
    let run: { from: number; to: number; suspendStreak: number; maxSuspendStreak: number } | undefined
    const close = (): void => {
      if (!run) return
      const length = run.to - run.from + 1
      const outcome: OverLimitOutcome =
        run.maxSuspendStreak >= 3 ? 'suspended' : length >= 3 ? 'may-convert-to-partial' : 'work-trial-possible'
      runs.push({ from: results[run.from]?.month ?? '', to: results[run.to]?.month ?? '', months: length, outcome })
      run = undefined
    }
    results.forEach((r, i) => {
      const status = r.items[index]?.status
      const above = status === 'over-limit' || status === 'may-convert-to-partial'
      if (!above) return close()
      overLimitMonths.push(r.month)
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
  return pensions
}

type StepDownState = {
  index: number
  benefit: Extract<Benefit, { kind: 'unemployment-benefit' }>
  days: number
  dailyFor: (month: string) => number
  consume: (item: CalcResult['items'][number] | undefined) => void
}

/**
 * Earnings-related allowance step-downs (80 % after 40 and 75 % after 170 paid benefit days, at least the basic
 * daily amount). Adjusted days use up the days in proportion to the amount paid (ytkkassa). Only for benefits
 * that give benefitDaysPaid; the step is applied from the month after the threshold is crossed.
 */
function stepDownStates(benefits: readonly Benefit[], startMonth: string, options?: CalcOptions): StepDownState[] {
  const table = options?.parameters ?? DEFAULT_PARAMETER_TABLE
  const reader = (month: string) => new ParameterReader(resolveParameters(month, table))
  const factor = (p: ParameterReader, days: number): number => {
    if (days >= p.value('unemployment.stepDown2Days')) return p.value('unemployment.stepDown2Rate')
    if (days >= p.value('unemployment.stepDown1Days')) return p.value('unemployment.stepDown1Rate')
    return 1
  }
  const out: StepDownState[] = []
  benefits.forEach((b, index) => {
    if (b.kind !== 'unemployment-benefit' || b.variant !== 'earnings-related' || b.benefitDaysPaid === undefined) return
    const paid = b.benefitDaysPaid
    const start = reader(startMonth)
    const startFactor = factor(start, paid)
    const original = b.dailyAmount / startFactor
    const state: StepDownState = {
      index,
      benefit: b,
      days: paid,
      dailyFor: (month) => {
        const p = reader(month)
        const stepped = round2(original * factor(p, state.days))
        return stepped === round2(original * startFactor)
          ? b.dailyAmount
          : Math.max(p.value('unemployment.basicDaily'), stepped)
      },
      consume: (item) => {
        if (!item || item.amountBefore <= 0) return
        const full = item.amountBefore
        state.days += (BENEFIT_DAYS_PER_MONTH * item.amountAfter) / full
      },
    }
    out.push(state)
  })
  return out
}
