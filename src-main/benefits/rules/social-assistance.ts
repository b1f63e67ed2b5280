import type { ParameterReader } from '../context'
import { eur, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'

type SocialAssistance = Extract<Benefit, { kind: 'social-assistance' }>

/**
 * `otherDecreases`: Σ (before − after) of the other benefits that went down. Amounts garnished in
 * debt enforcement are not income for social assistance, so `garnished` is taken off the net wage.
 */
export function socialAssistanceRule(
  b: SocialAssistance,
  net: number,
  garnished: number,
  otherDecreases: number,
  otherIncreases: number,
  p: ParameterReader,
): CalcItem {
  const before = round2(b.monthlyAmount)
  const deduction = p.value('socialAssistance.earnedIncomeDeduction')
  const netAfterGarnish = round2(Math.max(0, net - garnished))
  const counted = round2(Math.max(0, netAfterGarnish - deduction))
  const after = round2(Math.max(0, before - counted + otherDecreases))
  const explanation: string[] = [
    `Toimeentulotuki ${eur(before)} kuukaudessa. Palkka otetaan huomioon nettona (verojen jälkeen) sinä kuukautena, jona se maksetaan.`,
  ]
  if (garnished > 0) {
    explanation.push(
      `Ulosmitattua ${eur(garnished)} ei lasketa tuloksi, joten huomioon otetaan ${eur(netAfterGarnish)}.`,
    )
  } else {
    explanation.push(`Nettopalkka on ${eur(net)}.`)
  }
  explanation.push(
    deduction > 0
      ? `Palkasta vähennetään ${eur(deduction)} ansiotulovähennys, joten tuloksi lasketaan ${eur(counted)}.`
      : `Ansiotulovähennystä ei ole maaliskuusta 2026 alkaen, joten jokainen nettopalkan euro pienentää tukea eurolla: tuloksi lasketaan ${eur(counted)}.`,
  )
  if (otherDecreases > 0) {
    explanation.push(`Muiden etuuksien pieneneminen (${eur(otherDecreases)}) kasvattaa toimeentulotukea saman verran.`)
  }
  if (otherIncreases > 0) {
    explanation.push(
      `Muut etuudet nousevat ${eur(otherIncreases)}. Kela ottaa myös tämän tulona huomioon, mutta sitä ei ole tässä vähennetty.`,
    )
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
