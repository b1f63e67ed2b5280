import { eur, round2 } from '../round'

export const FULL_PENSION_HOUSING_LINE =
  'Täyttä työkyvyttömyyseläkettä tai kuntoutustukea saava saa yleensä eläkkeensaajan asumistukea, ei yleistä asumistukea. Tarkista asumistuen laji Kelan päätöksestä.'

/**
 * The housing costs a housing allowance is computed from: the costs the coach entered, capped at the maximum
 * accepted costs (enimmäisasumismenot) of the client's Kela decision when it is given.
 */
export function cappedCosts(
  b: { acceptedHousingCosts: number; maximumHousingCosts?: number },
  household: { adults: number; children: number },
  warnings: string[],
): { costs: number; lines: string[] } {
  const entered = round2(b.acceptedHousingCosts)
  const max = b.maximumHousingCosts
  if (max === undefined) {
    return {
      costs: entered,
      lines: [
        `Asumismenot ${eur(entered)} kuukaudessa. Kela hyväksyy asumismenot enintään enimmäisasumismenojen verran; ne riippuvat kunnasta ja ruokakunnan koosta (${household.adults + household.children} henkeä). Tarkista enimmäismäärä Kelan päätöksestä: jos menot ovat sitä suuremmat, tuki on tässä laskettua pienempi.`,
      ],
    }
  }
  const capped = round2(Math.min(entered, max))
  if (entered > capped) {
    warnings.push(
      `Asumismenot ${eur(entered)} ylittävät Kelan päätöksen enimmäisasumismenot ${eur(capped)} kuukaudessa. Asumistuki lasketaan enimmäismäärän mukaan; ylittävä osa jää itse maksettavaksi.`,
    )
    return {
      costs: capped,
      lines: [`Asumismenot ${eur(entered)} kuukaudessa; tuki lasketaan enimmäisasumismenojen ${eur(capped)} mukaan.`],
    }
  }
  return {
    costs: capped,
    lines: [`Asumismenot ${eur(entered)} kuukaudessa (enimmäisasumismenot ${eur(max)}).`],
  }
}
