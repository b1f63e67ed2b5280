import type { FidelityItemNumber, FidelityScore } from '../../../process'

/** Finnish (the source it was translated from), Swedish, English. */
export type FidelityText = readonly [fi: string, sv: string, en: string]

/** One IPS-25 item's words; `anchors` has an entry for each anchor the Finnish item has (not for null ones). */
export type FidelityItemTexts = {
  name: FidelityText
  criterion: FidelityText
  anchors: Partial<Record<FidelityScore, FidelityText>>
}

export type FidelityItemTextTable = Partial<Record<FidelityItemNumber, FidelityItemTexts>>

/** Anchors 1–5 of the items scored by counting elements ("all five elements" = 5, one fewer = 4, …). */
export function countedAnchors(
  one: FidelityText,
  all: FidelityText,
  steps: readonly [FidelityText, FidelityText, FidelityText],
): FidelityItemTexts['anchors'] {
  return { 1: one, 2: steps[0], 3: steps[1], 4: steps[2], 5: all }
}

/** The anchors of the items with five elements (5, 8 and 11). */
export const FIVE_ELEMENTS = countedAnchors(
  ['Enintään yksi osatekijä toteutuu.', 'Högst en delfaktor uppfylls.', 'One element or none is in place.'],
  ['Kaikki viisi osatekijää toteutuvat.', 'Alla fem delfaktorer uppfylls.', 'All five elements are in place.'],
  [
    ['Kaksi osatekijää toteutuu.', 'Två delfaktorer uppfylls.', 'Two elements are in place.'],
    ['Kolme osatekijää toteutuu.', 'Tre delfaktorer uppfylls.', 'Three elements are in place.'],
    ['Neljä osatekijää toteutuu.', 'Fyra delfaktorer uppfylls.', 'Four elements are in place.'],
  ],
)
