import type { RuleContext } from '../rule-context'
import { eur, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'
import { SUSPENSION_LINES, SUSPENSION_SOURCES, WORK_TRIAL_LINE, disabilityFloor, floorLine } from './disability-limit'

type KelaPension = Extract<Benefit, { kind: 'kela-disability-pension' }>
type GuaranteePension = Extract<Benefit, { kind: 'guarantee-pension' }>

/** Kela disability pension / kuntoutustuki and a guarantee pension granted on disability: limit = floor. */
export function kelaPensionRule(b: KelaPension | GuaranteePension, ctx: RuleContext): CalcItem {
  const { p } = ctx
  const wage = ctx.input.wage.grossMonthly
  const before = round2(b.monthlyAmount)
  if (b.kind === 'guarantee-pension' && !b.disabilityBased) {
    return {
      kind: b.kind,
      status: 'unaffected',
      amountBefore: before,
      amountAfter: before,
      explanation: [
        `Takuueläke ${eur(before)} kuukaudessa.`,
        'Palkkatulot eivät vaikuta takuueläkkeeseen, kun se ei perustu työkyvyttömyyteen. Sitä pienentävät vain muut eläkkeet.',
      ],
      sources: [SRC.kelaGuarantee],
    }
  }
  const limit = disabilityFloor(p)
  const name =
    b.kind === 'guarantee-pension'
      ? 'työkyvyttömyyden perusteella myönnetty takuueläke'
      : 'Kelan työkyvyttömyyseläke tai kuntoutustuki'
  const explanation: string[] = [
    `Eläke: ${name}, ${eur(before)} kuukaudessa. Bruttopalkkaa verrataan ansiorajaan kuukausittain.`,
    floorLine(limit, p.month.slice(0, 4)),
    `Tässä eläkkeessä ansioraja on aina tämä euromäärä, ${eur(limit)} kuukaudessa.`,
  ]
  const sources = [
    b.kind === 'guarantee-pension' ? SRC.vernerGuarantee : SRC.kelaDisabilityWorking,
    SRC.tyedl,
    p.source('guaranteePension.full'),
  ]
  const item = (status: CalcItem['status'], after: number): CalcItem => ({
    kind: b.kind,
    status,
    limit,
    amountBefore: before,
    amountAfter: after,
    explanation,
    sources: status === 'over-limit' ? [...new Set([...sources, ...SUSPENSION_SOURCES])] : sources,
  })
  if (wage === 0) {
    explanation.push('Ilman palkkatuloja eläke maksetaan ennallaan.')
    return item('unaffected', before)
  }
  if (wage <= limit) {
    explanation.push(`Palkka ${eur(wage)} on enintään ansiorajan suuruinen, joten eläke maksetaan täysimääräisenä.`)
    return item('within-limit', before)
  }
  explanation.push(
    `Palkka ${eur(wage)} ylittää ansiorajan ${eur(limit)}, joten eläkettä ei makseta, jos ylitys jatkuu.`,
    ...SUSPENSION_LINES,
  )
  if (ctx.adjust.workTrial?.has(ctx.index) === true) {
    explanation.push(WORK_TRIAL_LINE)
    return item('over-limit', before)
  }
  return item('over-limit', 0)
}
