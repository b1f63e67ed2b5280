import type { ParameterReader } from '../context'
import type { RuleContext } from '../rule-context'
import { eur, pct, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'
import { SUSPENSION_LINES, SUSPENSION_SOURCES, WORK_TRIAL_LINE, disabilityFloor, floorLine } from './disability-limit'

type EarningsPension = Extract<Benefit, { kind: 'earnings-disability-pension' }>

const VARIANT_NAMES: Record<EarningsPension['variant'], string> = {
  full: 'täysi työkyvyttömyyseläke',
  'rehabilitation-subsidy': 'kuntoutustuki',
  partial: 'osatyökyvyttömyyseläke',
  'partial-rehabilitation-subsidy': 'osakuntoutustuki',
}

export function isFullVariant(variant: EarningsPension['variant']): boolean {
  return variant === 'full' || variant === 'rehabilitation-subsidy'
}

export type EarningsPensionLimits = {
  /** wage ≤ limit keeps the pension in full */
  limit: number
  /** full variants: wage ≤ partialLimit may convert to a partial pension; partial variants: = limit */
  partialLimit: number
  /** how the limit was found, for the explanation */
  basis: 'personal' | 'established' | 'floor'
}

export function earningsPensionLimits(b: EarningsPension, p: ParameterReader): EarningsPensionLimits {
  const floor = disabilityFloor(p)
  const full = isFullVariant(b.variant)
  const ownRate = p.value(full ? 'earningsPension.fullLimitRate' : 'earningsPension.partialLimitRate')
  const partialRate = p.value('earningsPension.partialLimitRate')
  let computed: number | undefined
  let partialComputed: number | undefined
  if (b.establishedEarnings !== undefined) {
    computed = b.establishedEarnings * ownRate
    partialComputed = b.establishedEarnings * partialRate
  }
  // A personal limit replaces the computed one. For a full variant without established earnings,
  // the partial limit is derived from the personal limit by the ratio of the two rates.
  const own = b.personalLimit ?? computed
  if (partialComputed === undefined && b.personalLimit !== undefined) {
    partialComputed = full ? (b.personalLimit * partialRate) / ownRate : b.personalLimit
  }
  const limit = round2(Math.max(own ?? 0, floor))
  const partialLimit = full ? Math.max(limit, round2(Math.max(partialComputed ?? 0, floor))) : limit
  const basis =
    own !== undefined && own > floor ? (b.personalLimit !== undefined ? 'personal' : 'established') : 'floor'
  return { limit, partialLimit, basis }
}

export function earningsPensionRule(b: EarningsPension, ctx: RuleContext): CalcItem {
  const { p } = ctx
  const wage = ctx.input.wage.grossMonthly
  const workTrial = ctx.adjust.workTrial?.has(ctx.index) === true
  const floor = disabilityFloor(p)
  const full = isFullVariant(b.variant)
  const rate = p.value(full ? 'earningsPension.fullLimitRate' : 'earningsPension.partialLimitRate')
  const { limit, partialLimit, basis } = earningsPensionLimits(b, p)
  const name = VARIANT_NAMES[b.variant]
  const before = round2(b.monthlyAmount)
  const explanation: string[] = [
    `Eläke: ${name}, ${eur(before)} kuukaudessa. Bruttopalkkaa verrataan ansiorajaan kuukausittain.`,
    floorLine(floor, p.month.slice(0, 4)),
  ]
  if (b.personalLimit !== undefined) {
    explanation.push(`Eläkepäätöksessä ilmoitettu henkilökohtainen ansioraja on ${eur(b.personalLimit)}.`)
  } else if (b.establishedEarnings !== undefined) {
    explanation.push(
      `Ansioraja on ${pct(rate)} vakiintuneesta ansiosta ${eur(b.establishedEarnings)} eli ${eur(round2(b.establishedEarnings * rate))}.`,
    )
  } else {
    explanation.push(
      'Vakiintunutta ansiota tai henkilökohtaista rajaa ei annettu, joten laskelmassa käytetään vähimmäisrajaa. Tarkista oma raja eläkepäätöksestä.',
    )
  }
  explanation.push(
    basis === 'floor'
      ? `Käytettävä ansioraja on vähimmäisraja ${eur(limit)} kuukaudessa.`
      : `Käytettävä ansioraja on ${eur(limit)} kuukaudessa, koska se on suurempi kuin vähimmäisraja.`,
  )
  const sources = [SRC.tyel47, SRC.tyedl, p.source('guaranteePension.full')]
  const item = (status: CalcItem['status'], after: number): CalcItem => ({
    kind: b.kind,
    status,
    limit,
    amountBefore: before,
    amountAfter: round2(after),
    explanation,
    sources: [
      ...new Set([...sources, ...(status === 'within-limit' || status === 'unaffected' ? [] : SUSPENSION_SOURCES)]),
    ],
  })

  if (wage === 0) {
    explanation.push('Ilman palkkatuloja eläke maksetaan ennallaan.')
    return item('unaffected', before)
  }
  if (wage <= limit) {
    explanation.push(`Palkka ${eur(wage)} on enintään ansiorajan suuruinen, joten eläke maksetaan täysimääräisenä.`)
    return item('within-limit', before)
  }
  if (full && wage <= partialLimit) {
    explanation.push(
      `Palkka ${eur(wage)} ylittää täyden eläkkeen rajan ${eur(limit)}, mutta on enintään osaeläkkeen rajan ${eur(partialLimit)} suuruinen.`,
      'Täysi eläke voidaan tällöin muuttaa osatyökyvyttömyyseläkkeeksi, joka on puolet täydestä eläkkeestä.',
      `Laskelmassa eläkkeeksi arvioidaan puolet nykyisestä eli ${eur(round2(b.monthlyAmount / 2))}.`,
    )
    if (workTrial) {
      explanation.push(WORK_TRIAL_LINE)
      return item('may-convert-to-partial', before)
    }
    return item('may-convert-to-partial', b.monthlyAmount / 2)
  }
  explanation.push(
    full
      ? `Palkka ${eur(wage)} ylittää myös osaeläkkeen rajan ${eur(partialLimit)}, joten eläkettä ei makseta, jos ylitys jatkuu.`
      : `Palkka ${eur(wage)} ylittää ansiorajan ${eur(limit)}, joten eläkettä ei makseta, jos ylitys jatkuu.`,
    ...SUSPENSION_LINES,
    'Lepäämisen aikana palkasta karttuu uutta eläkettä.',
  )
  if (workTrial) {
    explanation.push(WORK_TRIAL_LINE)
    return item('over-limit', before)
  }
  return item('over-limit', 0)
}
