import { ParameterReader } from './context'
import { BENEFIT_KIND_DESCRIPTIONS, PHASES, type KindDescription, type ReportTo } from './kinds'
import { requireNet } from './net-wage'
import { DEFAULT_PARAMETER_TABLE, PARAMETER_LABELS, resolveParameters, type ParameterRow } from './parameters'
import { eur, num, pct, round2 } from './round'
import type { MonthAdjustments, MonthFacts, RuleContext, SumRole } from './rule-context'
import { enforcementRule, type EnforcementResult } from './rules/enforcement'
import type { Benefit, BenefitKind, CalcInput, CalcItem, CalcOptions, CalcResult } from './types'
import { normalizeInput, type NormalizedInput } from './validate'

/** The description of a benefit's kind, with its functions typed for any benefit. */
export function kindOf(b: Benefit): KindDescription<BenefitKind> {
  return BENEFIT_KIND_DESCRIPTIONS[b.kind] as unknown as KindDescription<BenefitKind>
}

export function calculate(raw: CalcInput, options?: CalcOptions): CalcResult {
  return calculateMonth(raw, options).result
}

/** One month: the contract's result plus the facts the 12-month view needs. `adjust` is empty for a single month. */
export function calculateMonth(
  raw: CalcInput,
  options?: CalcOptions,
  adjust: MonthAdjustments = {},
): { result: CalcResult; facts: MonthFacts } {
  const input = normalizeInput(raw)
  const p = new ParameterReader(resolveParameters(input.month, options?.parameters ?? DEFAULT_PARAMETER_TABLE))
  const warnings: string[] = []
  const items: Array<CalcItem | undefined> = new Array(input.benefits.length)
  const facts: MonthFacts = {}
  let enforcement: EnforcementResult | undefined

  const netOf = (b: Benefit, amount: number): number => {
    if ('netMonthly' in b && b.netMonthly !== undefined) {
      const gross = 'monthlyAmount' in b ? b.monthlyAmount : 'dailyAmount' in b ? round2(b.dailyAmount * 21.5) : 0
      return gross > 0 ? round2((amount * b.netMonthly) / gross) : amount
    }
    return round2(amount * (1 - (input.wage.taxRatePercent ?? 0) / 100))
  }
  const sum = (role: SumRole, which: 'before' | 'after', net: boolean): number => {
    let total = 0
    items.forEach((item, i) => {
      const b = input.benefits[i]
      if (!item || !b || !kindOf(b).sums[role]) return
      const amount = which === 'before' ? item.amountBefore : item.amountAfter
      total += net ? netOf(b, amount) : amount
    })
    return round2(total)
  }
  const isFullPension = (i: number, which: 'before' | 'after'): boolean => {
    const b = input.benefits[i]
    const item = items[i]
    if (!b || !item || !kindOf(b).fullPension(b)) return false
    if (which === 'before') return item.amountBefore > 0
    return item.amountAfter > 0 && item.status !== 'may-convert-to-partial'
  }

  for (const phase of PHASES) {
    input.benefits.forEach((b, index) => {
      const kind = kindOf(b)
      if (kind.phase !== phase) return
      const ctx: RuleContext = {
        index,
        p,
        input,
        adjust,
        warnings,
        items,
        sum,
        netChanges: () => {
          let decreases = 0
          let increases = 0
          items.forEach((item, i) => {
            const other = input.benefits[i]
            if (!item || !other || i === index) return
            const change = item.amountBefore - item.amountAfter
            const net = kindOf(other).sums.taxable ? netOf(other, Math.abs(change)) : Math.abs(change)
            if (change > 0) decreases += net
            else increases += net
          })
          return { decreases: round2(decreases), increases: round2(increases) }
        },
        pensionStops: () =>
          items.some((item, i) => {
            const other = input.benefits[i]
            return Boolean(
              item && other && kindOf(other).pension && item.status === 'over-limit' && item.amountAfter === 0,
            )
          }),
        fullPensionPaid: (which) => input.benefits.some((_b, i) => isFullPension(i, which)),
        enforcement: () => enforcement,
        out: facts,
      }
      if (phase === 'enforcement') {
        const r = enforcementRule(ctx)
        items[index] = r.item
        enforcement = r.enforcement
      } else if (kind.rule) {
        items[index] = kind.rule(b, ctx)
      }
    })
  }

  const done = items.map((item, i) => {
    if (!item) throw new Error(`benefits[${i}].kind: not handled`)
    return item
  })
  warnings.push(...generalWarnings(input, done, p))
  const result: CalcResult = {
    month: input.month,
    items: done,
    warnings: [...new Set(warnings)],
    parametersUsed: [...p.used.values()],
  }
  if (enforcement) result.enforcement = enforcement
  return { result, facts }
}

const REPORT_NAMES: Record<ReportTo, string> = {
  kela: 'Kelaan',
  'pension-provider': 'työeläkelaitokselle',
  'unemployment-fund': 'työttömyyskassaan',
}

function generalWarnings(input: NormalizedInput, items: CalcItem[], p: ParameterReader): string[] {
  const out: string[] = []
  const wage = input.wage.grossMonthly
  const kinds = new Set(items.map((i) => i.kind))
  if (wage > 0) {
    const reportTo = new Set<ReportTo>()
    for (const b of input.benefits) {
      const to = kindOf(b).reportTo(b)
      if (to) reportTo.add(to)
    }
    const to = (Object.keys(REPORT_NAMES) as ReportTo[]).filter((k) => reportTo.has(k)).map((k) => REPORT_NAMES[k])
    if (to.length > 0) {
      const list = to.length === 1 ? to[0] : `${to.slice(0, -1).join(', ')} ja ${to[to.length - 1]}`
      out.push(`Ilmoita työn aloittamisesta ja palkasta ${list}.`)
    }
    out.push(
      input.benefits.some((b) => kindOf(b).pension)
        ? 'Hae palkkaa varten uusi verokortti (eläkkeelle ja palkalle on omat verokorttinsa).'
        : 'Hae palkkaa varten uusi verokortti.',
    )
    if (items.some((i) => i.kind !== 'debt-enforcement' && i.status !== 'unaffected')) {
      out.push('Palkka vaikuttaa etuuksiin sinä kuukautena, jona se maksetaan, ei sinä kuukautena, jona työ tehtiin.')
    }
    if (items.some((i) => i.status === 'over-limit' || i.status === 'may-convert-to-partial')) {
      out.push(
        'Palkka ylittää eläkkeen ansiorajan. Jos ylitys kestää vähintään 3 kuukautta, ilmoita siitä heti, jotta vältät liikaa maksetun eläkkeen takaisinperinnän.',
      )
    }
  }
  if (input.wage.netEstimated && (kinds.has('social-assistance') || kinds.has('debt-enforcement'))) {
    out.push(
      `Nettopalkka ${eur(requireNet(input))} on arvio veroprosentin perusteella; työntekijän eläke- ja työttömyysvakuutusmaksuja ei ole vähennetty.`,
    )
  }
  const estimated = p.estimated()
  if (estimated.length > 0) {
    const list = estimated.map((row) => `${PARAMETER_LABELS[row.key]} ${formatValue(row)} (${row.validFrom} alkaen)`)
    out.push(`Laskelmassa on käytetty arvioituja lukuja, joita ei ole vielä vahvistettu: ${list.join('; ')}.`)
  }
  return out
}

function formatValue(row: ParameterRow): string {
  if (row.unit === 'rate') return pct(row.value)
  if (row.unit === 'EUR/month' || row.unit === 'EUR/day' || row.unit === 'EUR/year') return eur(row.value)
  return num(row.value)
}
