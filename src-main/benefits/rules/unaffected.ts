import { eur, round2 } from '../round'
import { SRC } from '../sources'
import type { Benefit, CalcItem } from '../types'

type DisabilityAllowance = Extract<Benefit, { kind: 'disability-allowance' }>

export function disabilityAllowanceRule(b: DisabilityAllowance): CalcItem {
  const amount = round2(b.monthlyAmount)
  return {
    kind: b.kind,
    status: 'unaffected',
    amountBefore: amount,
    amountAfter: amount,
    explanation: [
      `Vammaistuki ${eur(amount)} kuukaudessa.`,
      'Tulot eivät vaikuta vammaistukeen, joten se maksetaan ennallaan myös työssä käydessä.',
    ],
    sources: [SRC.disabilityAllowance],
  }
}
