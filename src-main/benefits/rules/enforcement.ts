import type { ParameterReader } from '../context'
import { eur, floor2, round2 } from '../round'
import { SRC } from '../sources'
import type { CalcItem } from '../types'

export type EnforcementResult = { protectedAmount: number; garnished: number }

/** Monthly protected amount S = days × (daily + dependants × dependant daily). */
export function protectedAmount(dependants: number, p: ParameterReader): number {
  return round2(
    p.value('enforcement.daysPerMonth') *
      (p.value('enforcement.dailyProtected') + dependants * p.value('enforcement.dependantDaily')),
  )
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

export function enforcementRule(
  net: number,
  dependants: number,
  p: ParameterReader,
): { item: CalcItem; enforcement: EnforcementResult } {
  const s = protectedAmount(dependants, p)
  const garnished = garnishment(net, s)
  const days = p.value('enforcement.daysPerMonth')
  const explanation: string[] = [
    `Ulosotossa palkasta jätetään velalliselle suojaosuus: ${days} päivää × (${eur(p.value('enforcement.dailyProtected'))}` +
      (dependants > 0 ? ` + ${dependants} × ${eur(p.value('enforcement.dependantDaily'))} elatettavista` : '') +
      `) = ${eur(s)} kuukaudessa.`,
  ]
  if (net <= s) {
    explanation.push(`Nettopalkka ${eur(net)} on enintään suojaosuuden suuruinen, joten palkasta ei ulosmitata mitään.`)
  } else if (net <= 2 * s) {
    explanation.push(
      `Nettopalkka ${eur(net)} on enintään kaksinkertainen suojaosuus (${eur(2 * s)}), joten ulosmitataan 2/3 suojaosuuden ylittävästä osasta: ${eur(garnished)}.`,
    )
  } else if (net <= 4 * s) {
    explanation.push(
      `Nettopalkka ${eur(net)} on yli kaksinkertainen mutta enintään nelinkertainen suojaosuus (${eur(4 * s)}), joten ulosmitataan 1/3 nettopalkasta: ${eur(garnished)}.`,
    )
  } else {
    explanation.push(
      `Nettopalkka ${eur(net)} on yli nelinkertainen suojaosuus (${eur(4 * s)}): ulosmitataan 1/3 nelinkertaisesta suojaosuudesta ja 4/5 sen ylittävästä osasta, kuitenkin enintään puolet nettopalkasta: ${eur(garnished)}.`,
    )
  }
  explanation.push(
    `Palkasta jää käteen ${eur(round2(net - garnished))} kuukaudessa.`,
    'Ulosotossa voi saada vapaakuukausia. Kun työn aloittaa vähintään vuoden työttömyyden jälkeen, voi hakea ulosoton lykkäystä (enintään 6 kuukautta).',
  )
  const sources = [...new Set([SRC.enforcementHow, p.source('enforcement.dailyProtected')])]
  return {
    item: {
      kind: 'debt-enforcement',
      status: garnished > 0 ? 'reduced' : net > 0 ? 'within-limit' : 'unaffected',
      limit: s,
      amountBefore: 0,
      amountAfter: 0,
      explanation,
      sources,
    },
    enforcement: { protectedAmount: s, garnished },
  }
}
