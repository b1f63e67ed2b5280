import { z } from 'zod'
import type { FidelityBand, FidelityComparison, FidelityPrefill, FidelityScore } from '../../process'
import { optionalText, requiredIsoDate } from '../validation/fields'
import { withMessage } from '../validation/messages'

export const FIDELITY_REVIEW_TYPES = ['self', 'external'] as const
export type FidelityReviewType = (typeof FIDELITY_REVIEW_TYPES)[number]

/** Full-time employment specialists sharing the caseload (IPS-25 item 1), e.g. 1 or 2,5. */
export const employmentSpecialistsSchema = z
  .number(withMessage('errors.invalidValue'))
  .min(0.1, withMessage('errors.invalidValue'))
  .max(100, withMessage('errors.invalidValue'))

const itemSchema = z.object({
  item: z.number().int().min(1).max(25),
  /** null: not scored yet (a review may be saved unfinished) */
  score: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], withMessage('errors.invalidValue'))
    .nullable(),
  note: optionalText(2000),
})

/** An IPS-25 review as the team saves it: dated, with a score and note per item (unfinished items allowed). */
export const fidelityReviewInputSchema = z.object({
  reviewedOn: requiredIsoDate,
  reviewType: z.enum(FIDELITY_REVIEW_TYPES, withMessage('errors.required')),
  unit: optionalText(200),
  reviewers: optionalText(500),
  employmentSpecialists: employmentSpecialistsSchema,
  items: z
    .array(itemSchema)
    .max(25)
    .refine(
      (items) => new Set(items.map((entry) => entry.item)).size === items.length,
      withMessage('errors.invalidValue'),
    ),
  strengths: optionalText(4000),
  actionPlan: optionalText(4000),
})

export type FidelityReviewInput = z.input<typeof fidelityReviewInputSchema>
export type FidelityReviewFields = z.output<typeof fidelityReviewInputSchema>

/** A review in the list: its date, total and band (null until all 25 items are scored). */
export type FidelityReviewSummary = {
  id: string
  reviewedOn: string
  reviewType: FidelityReviewType
  unit: string | null
  total: number
  scored: number
  complete: boolean
  band: FidelityBand | null
  nextReviewOn: string | null
  updatedAt: string
}

export type FidelityReview = FidelityReviewSummary & {
  reviewers: string | null
  employmentSpecialists: number
  /** all 25 items in order */
  items: Array<{ item: number; score: FidelityScore | null; note: string | null }>
  strengths: string | null
  actionPlan: string | null
  /** what the records suggested when the review was saved */
  prefill: FidelityPrefill | null
  /** the review dated before this one (the newest such), and what changed since */
  previous: (FidelityReviewSummary & { comparison: FidelityComparison }) | null
  createdAt: string
}
