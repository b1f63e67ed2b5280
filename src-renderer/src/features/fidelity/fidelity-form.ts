import { FIDELITY_ITEM_NUMBERS, type FidelityPrefill, type FidelityScore, type FidelityScores } from '@process'
import type { FidelityReview, FidelityReviewInput } from '@shared/fidelity/fidelity-review-schema'

/** The form's values: the review input with all 25 items in order. */
export type FidelityFormValues = Omit<FidelityReviewInput, 'items' | 'employmentSpecialists'> & {
  employmentSpecialists: number | null
  items: Array<{ item: number; score: FidelityScore | null; note: string | null }>
}

export function blankReview(today: string, unit: string | null, reviewer: string | null): FidelityFormValues {
  return {
    reviewedOn: today,
    reviewType: 'self',
    unit: unit ?? '',
    reviewers: reviewer ?? '',
    employmentSpecialists: 1,
    items: FIDELITY_ITEM_NUMBERS.map((item) => ({ item, score: null, note: '' })),
    strengths: '',
    actionPlan: '',
  }
}

export function valuesOf(review: FidelityReview): FidelityFormValues {
  return {
    reviewedOn: review.reviewedOn,
    reviewType: review.reviewType,
    unit: review.unit ?? '',
    reviewers: review.reviewers ?? '',
    employmentSpecialists: review.employmentSpecialists,
    items: review.items.map(({ item, score, note }) => ({ item, score, note: note ?? '' })),
    strengths: review.strengths ?? '',
    actionPlan: review.actionPlan ?? '',
  }
}

export function scoresOf(items: ReadonlyArray<{ item: number; score: FidelityScore | null }>): FidelityScores {
  const scores: FidelityScores = {}
  for (const { item, score } of items) if (score !== null) scores[item as 1] = score
  return scores
}

/** The records' suggestion for one item, if the records can tell. */
export function suggestionFor(prefill: FidelityPrefill | undefined, item: number) {
  return prefill?.items.find((entry) => entry.item === item)
}
