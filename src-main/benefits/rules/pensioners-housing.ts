import type { RuleContext } from '../rule-context'
import { eur, num, pct, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'
import { cappedCosts } from './housing-costs'

type PensionersHousing = Extract<Benefit, { kind: 'pensioners-housing-allowance' }>

/**
 * Eläkkeensaajan asumistuki (laki 571/2007): 85 % of the accepted housing costs less the deductible. The deductible
 * is a fixed base amount plus an extra share of the yearly income over an income limit. Income counts gross
 * (pensions, wages, unemployment benefits); disability and care allowances do not count.
 */
export function pensionersHousingRule(b: PensionersHousing, ctx: RuleContext): CalcItem {
  const { p, warnings } = ctx
  const wage = ctx.input.wage.grossMonthly
  const rate = p.value('pensionersHousing.compensationRate')
  const base = p.value('pensionersHousing.baseDeductible')
  const limit = p.value('pensionersHousing.incomeLimitSingle')
  const extraRate = p.value('pensionersHousing.extraDeductibleRate')
  const other = b.otherGrossIncome ?? 0
  const monthlyBefore = round2(other + ctx.sum('housingIncome', 'before', false))
  const monthlyAfter = round2(other + wage + ctx.sum('housingIncome', 'after', false))
  const { costs, lines } = cappedCosts(b, ctx.input.household, warnings)
  const allowanceFor = (monthlyIncome: number) => {
    const yearly = round2(monthlyIncome * 12)
    const extra = round2((extraRate * Math.max(0, yearly - limit)) / 12)
    const allowance = round2(rate * round2(Math.max(0, costs - base - extra)))
    return { yearly, extra, allowance }
  }
  const before = allowanceFor(monthlyBefore)
  const after = allowanceFor(monthlyAfter)
  const explanation: string[] = [
    'Eläkkeensaajan asumistukea saa täyden työkyvyttömyyseläkkeen, kuntoutustuen tai takuueläkkeen saaja. Osatyökyvyttömyyseläke yksin ei oikeuta siihen; silloin haetaan yleistä asumistukea.',
    ...lines,
    `Tuki on ${pct(rate)} asumismenoista, joista on vähennetty perusomavastuu ${eur(base)} ja lisäomavastuu. Lisäomavastuu on ${pct(extraRate)} siitä osasta vuosituloja, joka ylittää ${eur(limit)} vuodessa.`,
    `Tulot ilman työtä: ${eur(before.yearly)} vuodessa → lisäomavastuu ${eur(before.extra)} kuukaudessa → asumistuki ${eur(before.allowance)}.`,
    `Tulot työn kanssa (bruttopalkka mukaan lukien): ${eur(after.yearly)} vuodessa → lisäomavastuu ${eur(after.extra)} kuukaudessa → asumistuki ${eur(after.allowance)}.`,
    `Jokainen tulorajan ylittävä palkkaeuro pienentää tukea noin ${num(Math.round(rate * extraRate * 100))} senttiä. Vammaistuki ja hoitotuki eivät ole tuloa.`,
  ]
  if (ctx.input.household.adults > 1) {
    explanation.push(
      'Laskelma on tehty yksin asuvan tulorajalla. Jos sinulla on puoliso, myös hänen tulonsa ja omaisuutensa vaikuttavat tukeen: tarkista määrä Kelasta.',
    )
  }
  if (ctx.pensionStops()) {
    explanation.push(
      'Kun eläke jätetään lepäämään työn vuoksi, eläkkeensaajan asumistuki jatkuu, jos sitä maksettiin juuri ennen lepäämistä. Tuloina otetaan silloin huomioon palkka.',
    )
  } else if (ctx.fullPensionPaid('before') && !ctx.fullPensionPaid('after')) {
    warnings.push(
      'Jos täysi eläke muutetaan osatyökyvyttömyyseläkkeeksi, oikeus eläkkeensaajan asumistukeen päättyy. Tilalle voi hakea yleistä asumistukea.',
    )
  }
  if (!ctx.fullPensionPaid('before')) {
    warnings.push(
      'Laskelmassa ei ole täyttä työkyvyttömyyseläkettä, kuntoutustukea tai takuueläkettä. Eläkkeensaajan asumistukeen oikeuttaa yleensä vain täysi eläke; tarkista asumistuen laji Kelan päätöksestä.',
    )
  }
  explanation.push('Ilmoita tulojen muutoksesta Kelaan, joka tarkistaa tuen.')
  let status: CalcItem['status']
  if (after.allowance < before.allowance) status = 'reduced'
  else if (wage === 0 && after.allowance === before.allowance) status = 'unaffected'
  else status = 'within-limit'
  return {
    kind: b.kind,
    status,
    amountBefore: before.allowance,
    amountAfter: after.allowance,
    explanation,
    sources: [
      ...new Set([
        SRC.pensionersHousing,
        SRC.pensionersHousingIncome,
        SRC.pensionersHousingAmount,
        SRC.pensionersHousingLaw,
        p.source('pensionersHousing.extraDeductibleRate'),
        SRC.vernerPensions,
      ]),
    ],
  }
}
