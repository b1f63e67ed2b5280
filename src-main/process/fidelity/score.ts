// Total, band and next review date of an IPS-25 review. Bands: 115–125 exemplary, 100–114 good, 74–99 fair,
// ≤ 73 not supported employment (IPS Employment Center; the UK form's "Exemplary / Good / Fair 74–99" headers).
// Next review: THL reviews every 6 months until good fidelity (≥ 100 points), then once a year.
import { addMonths } from '../../shared/dates/dates'
import { DateParser } from '../dates'
import { fail } from '../errors'
import type { FidelityItemNumber, FidelityScore } from './items'

export type FidelityBand = 'exemplary' | 'good' | 'fair' | 'not-ips'

export const FIDELITY_MAX_TOTAL = 125
export const FIDELITY_ITEM_NUMBERS: readonly FidelityItemNumber[] = Array.from(
  { length: 25 },
  (_, i) => (i + 1) as FidelityItemNumber,
)

/** Lowest total of each band, highest band first; Finnish labels as shown and printed. */
export const FIDELITY_BANDS: ReadonlyArray<{ band: FidelityBand; min: number; max: number; label: string }> = [
  { band: 'exemplary', min: 115, max: 125, label: 'Erinomainen taso' },
  { band: 'good', min: 100, max: 114, label: 'Hyvä taso' },
  { band: 'fair', min: 74, max: 99, label: 'Kohtalainen taso' },
  { band: 'not-ips', min: 25, max: 73, label: 'Ei tuetun työllistymisen (IPS) mukaista toimintaa' },
]

/** Good fidelity: from this total on, the next review is due in 12 months instead of 6. */
export const GOOD_FIDELITY_TOTAL = 100
export const REVIEW_INTERVAL_MONTHS = { belowGood: 6, good: 12 } as const

export type FidelityScores = Partial<Record<FidelityItemNumber, FidelityScore>>

export type FidelityResult = {
  /** sum of the scores given so far */
  total: number
  maxTotal: typeof FIDELITY_MAX_TOTAL
  /** items not scored yet, ascending */
  missing: FidelityItemNumber[]
  complete: boolean
  /** null until all 25 items are scored */
  band: FidelityBand | null
  /** reviewedOn + 6 months below 100 points, + 12 months from 100; null until complete */
  nextReviewOn: string | null
}

export function fidelityBand(total: number): FidelityBand {
  return FIDELITY_BANDS.find((band) => total >= band.min)?.band ?? 'not-ips'
}

/**
 * Scores a review, complete or in progress. Throws ProcessInputError naming `reviewedOn` or `scores.N` for a bad
 * date, an item number outside 1–25 or a score other than a whole number 1–5.
 */
export function scoreFidelityReview(review: { reviewedOn: string; scores: FidelityScores }): FidelityResult {
  const reviewedOn = review.reviewedOn
  new DateParser().required(reviewedOn, 'reviewedOn')
  if (typeof review.scores !== 'object' || review.scores === null) fail('scores', 'expected an object')
  let total = 0
  const given = new Set<number>()
  for (const [key, score] of Object.entries(review.scores)) {
    if (score === undefined || score === null) continue
    const item = Number(key)
    if (!Number.isInteger(item) || item < 1 || item > 25) fail(`scores.${key}`, 'no such item (1–25)')
    if (score !== 1 && score !== 2 && score !== 3 && score !== 4 && score !== 5) {
      fail(`scores.${key}`, `expected a score 1–5, got ${JSON.stringify(score)}`)
    }
    total += score
    given.add(item)
  }
  const missing = FIDELITY_ITEM_NUMBERS.filter((item) => !given.has(item))
  const complete = missing.length === 0
  const months = total >= GOOD_FIDELITY_TOTAL ? REVIEW_INTERVAL_MONTHS.good : REVIEW_INTERVAL_MONTHS.belowGood
  return {
    total,
    maxTotal: FIDELITY_MAX_TOTAL,
    missing,
    complete,
    band: complete ? fidelityBand(total) : null,
    nextReviewOn: complete ? addMonths(reviewedOn, months) : null,
  }
}

export type FidelityComparison = {
  totalChange: number
  /** items whose score changed, ascending, with both scores */
  changed: Array<{ item: FidelityItemNumber; previous: FidelityScore; current: FidelityScore }>
}

/** What changed since the previous review (both complete or not: only items scored in both are compared). */
export function compareFidelityReviews(previous: FidelityScores, current: FidelityScores): FidelityComparison {
  const changed: FidelityComparison['changed'] = []
  let totalChange = 0
  for (const item of FIDELITY_ITEM_NUMBERS) {
    const before = previous[item]
    const now = current[item]
    if (before === undefined || now === undefined) continue
    totalChange += now - before
    if (now !== before) changed.push({ item, previous: before, current: now })
  }
  return { totalChange, changed }
}
