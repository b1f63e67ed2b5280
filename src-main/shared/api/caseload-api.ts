import { z } from 'zod'
import type { CaseloadReview } from '../../process'
import { requiredIsoDate } from '../validation/fields'
import { endpoint } from './endpoint'

/** The caseload review of a day, with the names of the clients its due items are about. */
export type CaseloadReviewView = {
  /** the day reviewed (the core's local date unless one was asked for) */
  today: string
  review: CaseloadReview
  /** clients in the caseload not entered yet (referred or waiting, no cooperation agreement in force today) */
  notEntered: number
  /**
   * Names of the clients the due items are about, by id. Kept apart from the review so that a screen can leave
   * them out (client-present mode shows the coach's list without other clients' names).
   */
  names: Record<string, { firstName: string; lastName: string }>
}

export const caseloadApi = {
  /** What is due this week and why, active clients by phase and the recommended caseload (Etusivu). */
  'caseload-review': endpoint<CaseloadReviewView>()(z.object({ today: requiredIsoDate.optional() })),
}
