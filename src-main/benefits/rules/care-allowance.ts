import type { RuleContext } from '../rule-context'
import { eur, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'

type CareAllowance = Extract<Benefit, { kind: 'pensioners-care-allowance' }>

/**
 * Eläkettä saavan hoitotuki is not income-tested, but it needs a pension. When the disability pension is suspended
 * because of work, the client gets the highest disability allowance instead for the suspension (laki 738/2009 8 §).
 */
export function careAllowanceRule(b: CareAllowance, ctx: RuleContext): CalcItem {
  const before = round2(b.monthlyAmount)
  const explanation = [`Eläkettä saavan hoitotuki ${eur(before)} kuukaudessa. Tulot eivät vaikuta hoitotukeen.`]
  if (ctx.pensionStops()) {
    const highest = ctx.p.value('disabilityAllowance.highest')
    explanation.push(
      'Hoitotukea maksetaan vain eläkkeen saajalle. Kun työkyvyttömyyseläke jätetään lepäämään työn vuoksi, hoitotuki päättyy.',
      `Tilalle Kela maksaa lepäämisen ajan ylintä vammaistukea ${eur(highest)} kuukaudessa, jos hoitotukea maksettiin juuri ennen lepäämistä.`,
    )
    return {
      kind: b.kind,
      status: highest < before ? 'reduced' : 'within-limit',
      amountBefore: before,
      amountAfter: highest,
      explanation,
      sources: [
        SRC.careAllowance,
        SRC.careAllowanceSuspension,
        SRC.vernerPensions,
        ctx.p.source('disabilityAllowance.highest'),
      ],
    }
  }
  if (ctx.fullPensionPaid('before') && !ctx.fullPensionPaid('after')) {
    explanation.push(
      'Jos täysi eläke muutetaan osatyökyvyttömyyseläkkeeksi, hoitotuki päättyy. Osatyökyvyttömyyseläkkeen saaja voi hakea sen sijaan vammaistukea.',
    )
  } else {
    explanation.push('Eläke maksetaan edelleen, joten hoitotuki jatkuu ennallaan.')
  }
  return {
    kind: b.kind,
    status: 'unaffected',
    amountBefore: before,
    amountAfter: before,
    explanation,
    sources: [SRC.careAllowance, SRC.vernerPensions],
  }
}
