import { eur, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'

type Unaffected = Extract<Benefit, { kind: 'disability-allowance' | 'pensioners-care-allowance' }>

export function unaffectedRule(b: Unaffected): CalcItem {
  const amount = round2(b.monthlyAmount)
  const disability = b.kind === 'disability-allowance'
  return {
    kind: b.kind,
    status: 'unaffected',
    amountBefore: amount,
    amountAfter: amount,
    explanation: [
      `${disability ? 'Vammaistuki' : 'Eläkettä saavan hoitotuki'} ${eur(amount)} kuukaudessa.`,
      `Tulot eivät vaikuta ${disability ? 'vammaistukeen' : 'hoitotukeen'}, joten se maksetaan ennallaan myös työssä käydessä.`,
    ],
    sources: [disability ? SRC.disabilityAllowance : SRC.careAllowance],
  }
}
