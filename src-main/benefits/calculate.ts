import { ParameterReader } from './context'
import { DEFAULT_PARAMETER_TABLE, PARAMETER_LABELS, resolveParameters, type ParameterRow } from './parameters'
import { eur, num, pct, round2 } from './round'
import { earningsPensionRule } from './rules/earnings-pension'
import { enforcementRule, type EnforcementResult } from './rules/enforcement'
import { housingRule } from './rules/housing'
import { kelaPensionRule } from './rules/kela-pension'
import { socialAssistanceRule } from './rules/social-assistance'
import { unaffectedRule } from './rules/unaffected'
import { unemploymentRule } from './rules/unemployment'
import type { Benefit, CalcInput, CalcItem, CalcOptions, CalcResult } from './types'
import { normalizeInput, requireNet, type NormalizedInput } from './validate'

/** The pensions among the benefits (earnings-related and Kela disability pension, guarantee pension). */
export const PENSION_KINDS: ReadonlySet<Benefit['kind']> = new Set([
  'earnings-disability-pension',
  'kela-disability-pension',
  'guarantee-pension',
])

/** Benefits whose amounts count as household income in the general housing allowance. */
const HOUSING_INCOME_KINDS: ReadonlySet<Benefit['kind']> = new Set([...PENSION_KINDS, 'unemployment-benefit'])

export function calculate(raw: CalcInput, options?: CalcOptions): CalcResult {
  const input = normalizeInput(raw)
  const p = new ParameterReader(resolveParameters(input.month, options?.parameters ?? DEFAULT_PARAMETER_TABLE))
  const wage = input.wage.grossMonthly
  const warnings: string[] = []
  const items: Array<CalcItem | undefined> = new Array(input.benefits.length)

  // Pass 1: benefits that depend on the wage only.
  input.benefits.forEach((b, i) => {
    switch (b.kind) {
      case 'earnings-disability-pension':
        items[i] = earningsPensionRule(b, wage, p)
        break
      case 'kela-disability-pension':
      case 'guarantee-pension':
        items[i] = kelaPensionRule(b, wage, p)
        break
      case 'unemployment-benefit':
        items[i] = unemploymentRule(b, i, wage, input.wage, p, warnings)
        break
      case 'disability-allowance':
      case 'pensioners-care-allowance':
        items[i] = unaffectedRule(b)
        break
      default:
        break
    }
  })

  // Pass 2: housing allowance counts the pensions and unemployment benefits as income.
  let housingIncomeBefore = 0
  let housingIncomeAfter = 0
  items.forEach((item) => {
    if (item && HOUSING_INCOME_KINDS.has(item.kind)) {
      housingIncomeBefore += item.amountBefore
      housingIncomeAfter += item.amountAfter
    }
  })
  input.benefits.forEach((b, i) => {
    if (b.kind !== 'housing-allowance') return
    const other = b.otherGrossIncome ?? 0
    items[i] = housingRule(
      b,
      wage,
      { before: round2(other + housingIncomeBefore), after: round2(other + wage + housingIncomeAfter) },
      input.household,
      p,
      warnings,
    )
  })

  // Pass 3: debt enforcement on the net wage, then social assistance (last resort, sees all others).
  let enforcement: EnforcementResult | undefined
  input.benefits.forEach((b, i) => {
    if (b.kind !== 'debt-enforcement') return
    const r = enforcementRule(requireNet(input), input.household.enforcementDependants, p)
    items[i] = r.item
    enforcement = r.enforcement
  })
  input.benefits.forEach((b, i) => {
    if (b.kind !== 'social-assistance') return
    let decreases = 0
    let increases = 0
    for (const item of items) {
      if (!item) continue
      const change = item.amountBefore - item.amountAfter
      if (change > 0) decreases += change
      else increases -= change
    }
    items[i] = socialAssistanceRule(
      b,
      requireNet(input),
      enforcement?.garnished ?? 0,
      round2(decreases),
      round2(increases),
      p,
    )
  })

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
  return result
}

function generalWarnings(input: NormalizedInput, items: CalcItem[], p: ParameterReader): string[] {
  const out: string[] = []
  const wage = input.wage.grossMonthly
  const kinds = new Set(items.map((i) => i.kind))
  if (wage > 0) {
    const to: string[] = []
    const kelaKinds: Array<Benefit['kind']> = [
      'kela-disability-pension',
      'guarantee-pension',
      'housing-allowance',
      'social-assistance',
      'disability-allowance',
      'pensioners-care-allowance',
    ]
    const kelaUnemployment = input.benefits.some(
      (b) => b.kind === 'unemployment-benefit' && b.variant !== 'earnings-related',
    )
    if (kelaUnemployment || kelaKinds.some((k) => kinds.has(k))) to.push('Kelaan')
    if (kinds.has('earnings-disability-pension')) to.push('työeläkelaitokselle')
    if (input.benefits.some((b) => b.kind === 'unemployment-benefit' && b.variant === 'earnings-related')) {
      to.push('työttömyyskassaan')
    }
    if (to.length > 0) {
      const list = to.length === 1 ? to[0] : `${to.slice(0, -1).join(', ')} ja ${to[to.length - 1]}`
      out.push(`Ilmoita työn aloittamisesta ja palkasta ${list}.`)
    }
    out.push(
      [...kinds].some((k) => PENSION_KINDS.has(k))
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
      `Nettopalkka ${eur(input.wage.netMonthly ?? 0)} on arvio veroprosentin perusteella; työntekijän eläke- ja työttömyysvakuutusmaksuja ei ole vähennetty.`,
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
  if (row.unit === 'EUR/month' || row.unit === 'EUR/day') return eur(row.value)
  return num(row.value)
}
