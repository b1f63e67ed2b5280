import type { RuleContext } from '../rule-context'
import { eur, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'
import { requireNet } from '../net-wage'

type SocialAssistance = Extract<Benefit, { kind: 'social-assistance' }>

/**
 * Last-resort benefit: Kela counts income after tax. The net wage (less the earned-income deduction before
 * 3/2026) is deducted; a decrease of another benefit raises the need by its net amount and an increase lowers it.
 * Amounts garnished in debt enforcement are not income, so a larger garnishment raises the need by the same.
 */
export function socialAssistanceRule(b: SocialAssistance, ctx: RuleContext): CalcItem {
  const { p } = ctx
  const net = requireNet(ctx.input)
  const { decreases, increases } = ctx.netChanges()
  const enforcement = ctx.enforcement()
  const garnishRise = enforcement ? round2(enforcement.garnished - enforcement.garnishedBefore) : 0
  const before = round2(b.monthlyAmount)
  const deduction = p.value('socialAssistance.earnedIncomeDeduction')
  const counted = round2(Math.max(0, net - deduction))
  const after = round2(Math.max(0, before - counted + decreases - increases + garnishRise))
  const explanation: string[] = [
    `Toimeentulotuki ${eur(before)} kuukaudessa. Kela ottaa tulot huomioon verojen jälkeen sinä kuukautena, jona ne maksetaan.`,
    `Nettopalkka on ${eur(net)}.`,
    deduction > 0
      ? `Palkasta vähennetään ${eur(deduction)} ansiotulovähennys, joten tuloksi lasketaan ${eur(counted)}.`
      : `Ansiotulovähennystä ei ole maaliskuusta 2026 alkaen, joten jokainen nettopalkan euro pienentää tukea eurolla: tuloksi lasketaan ${eur(counted)}.`,
  ]
  if (decreases > 0) {
    explanation.push(
      `Muiden etuuksien pieneneminen verojen jälkeen (${eur(decreases)}) kasvattaa toimeentulotukea saman verran.`,
    )
  }
  if (increases > 0) {
    explanation.push(
      `Muut etuudet nousevat verojen jälkeen ${eur(increases)}, mikä pienentää toimeentulotukea saman verran.`,
    )
  }
  if (garnishRise !== 0) {
    explanation.push(
      `Ulosmitattua määrää ei lasketa tuloksi: ulosmittaus ${garnishRise > 0 ? 'kasvaa' : 'pienenee'} ${eur(Math.abs(garnishRise))}, mikä ${garnishRise > 0 ? 'kasvattaa' : 'pienentää'} tukea saman verran.`,
    )
  }
  if (ctx.input.wage.taxRatePercent === undefined && decreases + increases > 0) {
    explanation.push('Veroprosenttia ei annettu, joten etuuksien muutokset on laskettu bruttona.')
  }
  explanation.push(
    after === 0
      ? 'Tuloja on enemmän kuin tuen tarve, joten toimeentulotukea ei jää maksettavaksi.'
      : `Toimeentulotuki työn kanssa on arviolta ${eur(after)} kuukaudessa.`,
  )
  let status: CalcItem['status']
  if (after < before) status = 'reduced'
  else if (net === 0 && after === before) status = 'unaffected'
  else status = 'within-limit'
  return {
    kind: b.kind,
    status,
    amountBefore: before,
    amountAfter: after,
    explanation,
    sources: [...new Set([SRC.socialIncome, SRC.socialNotIncome, p.source('socialAssistance.earnedIncomeDeduction')])],
  }
}
