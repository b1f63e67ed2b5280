import type { ParameterReader } from '../context'
import { eur, pct, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'

type Housing = Extract<Benefit, { kind: 'housing-allowance' }>

export type HousingIncome = {
  /** household gross income €/month without the job */
  before: number
  /** household gross income €/month with the job (gross wage included) */
  after: number
}

type Household = { adults: number; children: number }

function allowanceFor(
  costs: number,
  income: number,
  wage: number,
  household: Household,
  p: ParameterReader,
): { counted: number; threshold: number; baseDeductible: number; allowance: number } {
  const deduction = p.value('housing.earnedIncomeDeduction')
  const counted = round2(income - wage + Math.max(0, wage - deduction))
  const threshold = round2(
    p.value('housing.incomeBase') +
      p.value('housing.incomePerAdult') * household.adults +
      p.value('housing.incomePerChild') * household.children,
  )
  let baseDeductible = round2(p.value('housing.baseDeductibleRate') * round2(Math.max(0, counted - threshold)))
  if (baseDeductible < p.value('housing.minimumBaseDeductible')) baseDeductible = 0
  const allowance = round2(p.value('housing.compensationRate') * round2(Math.max(0, costs - baseDeductible)))
  return { counted, threshold, baseDeductible, allowance }
}

export function housingRule(
  b: Housing,
  wage: number,
  income: HousingIncome,
  household: Household,
  p: ParameterReader,
  warnings: string[],
): CalcItem {
  if (!p.has('housing.incomeBase') || !p.has('housing.incomePerAdult') || !p.has('housing.incomePerChild')) {
    throw new Error(
      `month: no verified general housing allowance rules for ${p.month}; the income limits of the formula in force before 2024-04 are not verified. Add them to the parameter table or use 2024-04 or later`,
    )
  }
  const costs = round2(b.acceptedHousingCosts)
  const rate = p.value('housing.compensationRate')
  const povRate = p.value('housing.baseDeductibleRate')
  const deduction = p.value('housing.earnedIncomeDeduction')
  const min = p.value('housing.minimumBaseDeductible')
  const before = allowanceFor(costs, income.before, 0, household, p)
  const after = allowanceFor(costs, income.after, wage, household, p)
  const explanation: string[] = [
    `Hyväksytyt asumismenot ${eur(costs)} kuukaudessa. Tuki on ${pct(rate)} asumismenoista, joista on vähennetty perusomavastuu.`,
    `Perusomavastuu on ${pct(povRate)} siitä osasta kotitalouden bruttotuloja, joka ylittää ${eur(after.threshold)} (aikuisia ${household.adults}, lapsia ${household.children}). Alle ${eur(min)} perusomavastuuta ei oteta huomioon.`,
    `Tulot ilman työtä: ${eur(income.before)} kuukaudessa → perusomavastuu ${eur(before.baseDeductible)} → asumistuki ${eur(before.allowance)}.`,
  ]
  if (deduction > 0 && wage > 0) {
    explanation.push(`Palkasta vähennetään ${eur(deduction)} ansiotulovähennys (poistui 1.4.2024).`)
  }
  explanation.push(
    `Tulot työn kanssa: ${eur(after.counted)} kuukaudessa → perusomavastuu ${eur(after.baseDeductible)} → asumistuki ${eur(after.allowance)}.`,
    'Tuloiksi lasketaan bruttopalkka sekä tässä laskelmassa olevat eläkkeet ja työttömyysetuudet. Vammaistuki, hoitotuki ja toimeentulotuki eivät ole tuloa.',
  )
  const rise = round2(income.after - income.before)
  const reviewRise = p.value('housing.reviewIncomeRise')
  if (rise >= reviewRise) {
    warnings.push(
      `Kotitalouden tulot nousevat ${eur(rise)} kuukaudessa. Kun tulot nousevat vähintään ${eur(reviewRise)} kuukaudessa, muutos on ilmoitettava Kelaan ja asumistuki tarkistetaan.`,
    )
  }
  let status: CalcItem['status']
  if (after.allowance < before.allowance) status = 'reduced'
  else if (wage === 0 && after.allowance === before.allowance) status = 'unaffected'
  else status = 'within-limit'
  if (after.allowance > before.allowance) {
    explanation.push('Asumistuki nousee, koska muut etuudet pienenevät tai lakkaavat enemmän kuin palkka lisää tuloja.')
  }
  return {
    kind: b.kind,
    status,
    amountBefore: before.allowance,
    amountAfter: after.allowance,
    explanation,
    sources: [
      ...new Set([
        SRC.housingChanges,
        p.source('housing.incomeBase'),
        SRC.housingBaseDeductible,
        SRC.housingOtherBenefits,
        SRC.housingReview,
      ]),
    ],
  }
}
