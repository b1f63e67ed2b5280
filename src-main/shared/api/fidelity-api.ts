import { z } from 'zod'
import type { FidelityPrefill } from '../../process'
import {
  employmentSpecialistsSchema,
  fidelityReviewInputSchema,
  type FidelityReview,
  type FidelityReviewSummary,
} from '../fidelity/fidelity-review-schema'
import { requiredIsoDate } from '../validation/fields'
import { endpoint } from './endpoint'

const reviewId = z.object({ id: z.uuid() })

export const fidelityApi = {
  /** Every IPS-25 review, newest first. */
  'fidelity-list': endpoint<FidelityReviewSummary[]>()(z.object({})),
  /** One review with all 25 items and the previous review to compare with. */
  'fidelity-get': endpoint<FidelityReview>()(reviewId),
  /** The newest review dated before `before` (another than `excludeId`), or null: what a new review compares with. */
  'fidelity-previous': endpoint<FidelityReview | null>()(
    z.object({ before: requiredIsoDate, excludeId: z.uuid().optional() }),
  ),
  /** What the records suggest for items 1, 15, 19, 20, 21 and 23 on the review day, with the numbers behind it. */
  'fidelity-prefill': endpoint<FidelityPrefill>()(
    z.object({ reviewedOn: requiredIsoDate, employmentSpecialists: employmentSpecialistsSchema.optional() }),
  ),
  /** Saves a new review (no id) or changes one; the records' suggestions of its day are kept with it. */
  'fidelity-save': endpoint<FidelityReview>()(z.object({ id: z.uuid().optional(), fields: fidelityReviewInputSchema })),
  'fidelity-delete': endpoint<null>()(reviewId),
}
