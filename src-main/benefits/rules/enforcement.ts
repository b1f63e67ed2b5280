import type { ParameterReader } from '../context'
import { eur, floor2, round2 } from '../round'
import { SRC } from '../sources'
import type { RuleContext } from '../rule-context'
import type { CalcItem } from '../types'
import { requireNet } from '../net-wage'

export type EnforcementResult = {
  protectedAmount: number
  garnished: number
  incomeBase: number
  incomeBaseBefore: number
  garnishedBefore: number
}

/** Monthly protected amount S = days × (daily + dependants × dependant daily). */
export function protectedAmount(dependants: number, p: ParameterReader): number {
  // the dependant amount is read only when there are dependants, so an estimate is flagged only when it is used
  const perDependant = dependants > 0 ? dependants * p.value('enforcement.dependantDaily') : 0
  return round2(p.value('enforcement.daysPerMonth') * (p.value('enforcement.dailyProtected') + perDependant))
}

/** Amount garnished from a net wage n with protected amount s (Ulosottokaari 4:48). */
export function garnishment(n: number, s: number): number {
  let g: number
  if (n <= s) g = 0
  else if (n <= 2 * s) g = (2 / 3) * round2(n - s)
  else if (n <= 4 * s) g = n / 3
  else g = (4 * s) / 3 + (4 / 5) * round2(n - 4 * s)
  // the cap is rounded down so that half a cent never tips it over N / 2
  return Math.min(round2(g), floor2(n / 2))
}

/**
 * Ulosottokaari 4:45 and 4:48: the amount is computed from the debtor's income and benefits together — the net
 * wage plus the net pensions and unemployment benefits (which kinds take part is set in kinds.ts). Housing
 * allowances, social assistance and disability and care allowances are not garnished.
 */
export function enforcementRule(ctx: RuleContext): { item: CalcItem; enforcement: EnforcementResult } {
  const { p, input } = ctx
  const dependants = input.household.enforcementDependants
  const netWage = requireNet(input)
  const benefitsBefore = round2(ctx.sum('enforcementBase', 'before', true))
  const benefitsAfter = round2(ctx.sum('enforcementBase', 'after', true))
  const incomeBaseBefore = benefitsBefore
  const incomeBase = round2(netWage + benefitsAfter)
  const s = protectedAmount(dependants, p)
  const garnished = garnishment(incomeBase, s)
  const garnishedBefore = garnishment(incomeBaseBefore, s)
  const days = p.value('enforcement.daysPerMonth')
  const explanation: string[] = [
    `Ulosotossa tuloista jätetään velalliselle suojaosuus: ${days} päivää × (${eur(p.value('enforcement.dailyProtected'))}` +
      (dependants > 0 ? ` + ${dependants} × ${eur(p.value('enforcement.dependantDaily'))} elatettavista` : '') +
      `) = ${eur(s)} kuukaudessa.`,
    'Ulosmitattava määrä lasketaan nettopalkan ja verojen jälkeisten eläkkeiden ja työttömyysetuuksien yhteismäärästä. Asumistuki, toimeentulotuki, vammaistuki ja hoitotuki eivät ole ulosmittauskelpoisia.',
    `Ilman työtä tulot ovat ${eur(incomeBaseBefore)} → ulosmitataan ${eur(garnishedBefore)} kuukaudessa.`,
    `Työn kanssa tulot ovat ${eur(incomeBase)} (nettopalkka ${eur(netWage)} + etuudet ${eur(benefitsAfter)}).`,
    bandLine(incomeBase, s, garnished),
    `Käteen jää ${eur(round2(incomeBase - garnished))} kuukaudessa (ilman työtä ${eur(round2(incomeBaseBefore - garnishedBefore))}).`,
    'Ulosotossa voi saada vapaakuukausia. Kun työn aloittaa vähintään vuoden työttömyyden jälkeen, voi hakea ulosoton lykkäystä (enintään 6 kuukautta).',
  ]
  if (input.wage.taxRatePercent === undefined && benefitsAfter + benefitsBefore > 0) {
    explanation.push(
      'Etuuksien veroa ei tiedetä (veroprosenttia ei annettu), joten ne on laskettu ulosoton pohjaan bruttona. Anna veroprosentti tai etuuden nettomäärä, niin pohja on tarkempi.',
    )
  }
  const sources = [
    ...new Set([
      SRC.enforcementHow,
      SRC.enforcementIncomeBase,
      SRC.enforcementBenefitsCase,
      p.source('enforcement.dailyProtected'),
    ]),
  ]
  const status: CalcItem['status'] =
    garnished > garnishedBefore ? 'reduced' : incomeBase > 0 && netWage > 0 ? 'within-limit' : 'unaffected'
  return {
    item: { kind: 'debt-enforcement', status, limit: s, amountBefore: 0, amountAfter: 0, explanation, sources },
    enforcement: { protectedAmount: s, garnished, incomeBase, incomeBaseBefore, garnishedBefore },
  }
}

function bandLine(n: number, s: number, garnished: number): string {
  if (n <= s) return `Tulot ${eur(n)} ovat enintään suojaosuuden suuruiset, joten niistä ei ulosmitata mitään.`
  if (n <= 2 * s) {
    return `Tulot ${eur(n)} ovat enintään kaksinkertainen suojaosuus (${eur(2 * s)}), joten ulosmitataan 2/3 suojaosuuden ylittävästä osasta: ${eur(garnished)}.`
  }
  if (n <= 4 * s) {
    return `Tulot ${eur(n)} ovat yli kaksinkertainen mutta enintään nelinkertainen suojaosuus (${eur(4 * s)}), joten ulosmitataan 1/3 tuloista: ${eur(garnished)}.`
  }
  return `Tulot ${eur(n)} ovat yli nelinkertainen suojaosuus (${eur(4 * s)}): ulosmitataan 1/3 nelinkertaisesta suojaosuudesta ja 4/5 sen ylittävästä osasta, kuitenkin enintään puolet tuloista: ${eur(garnished)}.`
}
