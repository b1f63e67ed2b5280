import type { ParameterReader } from '../context'
import { CalcInputError } from '../errors'
import type { RuleContext } from '../rule-context'
import { eur, pct, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'
import { cappedCosts, FULL_PENSION_HOUSING_LINE } from './housing-costs'

type Housing = Extract<Benefit, { kind: 'housing-allowance' }>

type Household = { adults: number; children: number }

/** Kela counts the household's monthly income in whole euros (a published decision: 799,75 € → 800 €). */
export function wholeEuros(x: number): number {
  return Math.round(round2(x))
}

export function housingAllowanceFor(
  costs: number,
  income: number,
  wage: number,
  household: Household,
  p: ParameterReader,
): { counted: number; threshold: number; baseDeductible: number; allowance: number } {
  const deduction = p.value('housing.earnedIncomeDeduction')
  const counted = wholeEuros(income - wage + Math.max(0, wage - deduction))
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

export function housingRule(b: Housing, ctx: RuleContext): CalcItem {
  const { p, warnings } = ctx
  const household = ctx.input.household
  const wage = ctx.input.wage.grossMonthly
  if (!p.has('housing.incomeBase') || !p.has('housing.incomePerAdult') || !p.has('housing.incomePerChild')) {
    throw new CalcInputError(
      'month',
      `no verified general housing allowance rules for ${p.month}; the income limits of the formula in force before 2024-04 are not verified. Add them to the parameter table or use 2024-04 or later`,
    )
  }
  const other = b.otherGrossIncome ?? 0
  const incomeBefore = round2(other + ctx.sum('housingIncome', 'before', false))
  const incomeAfter = round2(other + wage + ctx.sum('housingIncome', 'after', false))
  const { costs, lines: costLines } = cappedCosts(b, household, warnings)
  const rate = p.value('housing.compensationRate')
  const povRate = p.value('housing.baseDeductibleRate')
  const deduction = p.value('housing.earnedIncomeDeduction')
  const min = p.value('housing.minimumBaseDeductible')
  const before = housingAllowanceFor(costs, incomeBefore, 0, household, p)
  const after = housingAllowanceFor(costs, incomeAfter, wage, household, p)
  const explanation: string[] = [
    ...costLines,
    `Tuki on ${pct(rate)} asumismenoista ${eur(costs)}, joista on vähennetty perusomavastuu.`,
    `Perusomavastuu on ${pct(povRate)} siitä osasta kotitalouden bruttotuloja, joka ylittää ${eur(after.threshold)} (aikuisia ${household.adults}, lapsia ${household.children}). Alle ${eur(min)} perusomavastuuta ei oteta huomioon. Kela laskee kuukausitulon täysinä euroina.`,
    `Tulot ilman työtä: ${eur(before.counted)} kuukaudessa → perusomavastuu ${eur(before.baseDeductible)} → asumistuki ${eur(before.allowance)}.`,
  ]
  if (deduction > 0 && wage > 0) {
    explanation.push(`Palkasta vähennetään ${eur(deduction)} ansiotulovähennys (poistui 1.4.2024).`)
  }
  explanation.push(
    `Tulot työn kanssa: ${eur(after.counted)} kuukaudessa → perusomavastuu ${eur(after.baseDeductible)} → asumistuki ${eur(after.allowance)}.`,
    'Tuloiksi lasketaan bruttopalkka sekä tässä laskelmassa olevat eläkkeet ja työttömyysetuudet. Vammaistuki, hoitotuki ja toimeentulotuki eivät ole tuloa.',
  )
  ctx.out.housingIncome = { before: before.counted, after: after.counted }
  let amountAfter = after.allowance
  const decisionIncome = ctx.adjust.housingDecisionIncome
  if (decisionIncome !== undefined) {
    // 12-month view: the allowance of the decision in force this month
    amountAfter = housingAllowanceFor(costs, decisionIncome, 0, household, p).allowance
    if (decisionIncome !== before.counted || amountAfter !== after.allowance) {
      explanation.push(
        `Tässä kuukaudessa maksetaan voimassa olevan päätöksen mukainen tuki ${eur(amountAfter)} (päätöksen tulot ${eur(decisionIncome)} kuukaudessa).`,
      )
    }
  } else {
    explanation.push(...reviewTiming(after.counted - before.counted, p, warnings))
  }
  if (ctx.fullPensionPaid('before')) warnings.push(FULL_PENSION_HOUSING_LINE)
  let status: CalcItem['status']
  if (amountAfter < before.allowance) status = 'reduced'
  else if (wage === 0 && amountAfter === before.allowance) status = 'unaffected'
  else status = 'within-limit'
  if (amountAfter > before.allowance) {
    explanation.push('Asumistuki nousee, koska muut etuudet pienenevät tai lakkaavat enemmän kuin palkka lisää tuloja.')
  }
  return {
    kind: b.kind,
    status,
    amountBefore: before.allowance,
    amountAfter,
    explanation,
    sources: [
      ...new Set([
        SRC.housingChanges,
        p.source('housing.incomeBase'),
        SRC.housingDecision2025,
        SRC.housingBaseDeductible,
        SRC.housingOtherBenefits,
        SRC.housingReview,
        SRC.housingMaximumCosts,
      ]),
    ],
  }
}

/**
 * When Kela changes the allowance (single-month view): between the yearly checks only on a rise of ≥ 400 €/month
 * (or, on application, a fall of ≥ 200 €/month), from the start of the following month.
 */
function reviewTiming(rise: number, p: ParameterReader, warnings: string[]): string[] {
  const riseLimit = p.value('housing.reviewIncomeRise')
  const fallLimit = p.value('housing.reviewIncomeFall')
  if (rise >= riseLimit) {
    warnings.push(
      `Kotitalouden tulot nousevat ${eur(rise)} kuukaudessa. Kun tulot nousevat vähintään ${eur(riseLimit)} kuukaudessa, muutos on ilmoitettava Kelaan ja asumistuki tarkistetaan.`,
    )
    return [
      `Tulot nousevat vähintään ${eur(riseLimit)} kuukaudessa, joten Kela tarkistaa tuen. Uusi määrä maksetaan tulojen nousua seuraavan kuukauden alusta; nousukuukaudelta maksetaan vielä entinen tuki.`,
    ]
  }
  if (rise <= -fallLimit) {
    return [
      `Tulot laskevat vähintään ${eur(fallLimit)} kuukaudessa, joten tuen voi hakea tarkistettavaksi. Uusi määrä maksetaan muutosta seuraavan kuukauden alusta.`,
    ]
  }
  if (rise === 0) return []
  return [
    `Tulojen muutos on pienempi kuin ${eur(riseLimit)} kuukaudessa, joten Kela ei tarkista tukea sen vuoksi ennen seuraavaa vuositarkistusta. Laskelma näyttää tuen sellaisena kuin se tarkistuksen jälkeen olisi.`,
  ]
}
