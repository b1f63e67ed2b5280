// Caseload review, reminders and outcome reports: pure, no I/O, usable from Node and the renderer.
// Public contract (product spec "caseload and reports" §1): reviewCaseload, outcomeReport and their types.
import { outcomeReportOf, outcomeRowsOf } from './report'
import { reviewCaseloadRecords } from './review'
import type { CaseloadRecords, CaseloadReview, CaseloadRules, OutcomeClientRow, OutcomeReport } from './types'

/** What is due on `today` (and in the 7 days after it), active clients by phase and the recommended caseload. */
export function reviewCaseload(
  records: CaseloadRecords,
  today: string,
  rules?: Partial<CaseloadRules>,
): CaseloadReview {
  return reviewCaseloadRecords(records, today, rules)
}

/** The outcome figures for a period; both ends included. */
export function outcomeReport(records: CaseloadRecords, period: { from: string; to: string }): OutcomeReport {
  return outcomeReportOf(records, period)
}

/** Each client's contribution to the period's figures: the report is their sum (clients who add nothing left out). */
export function outcomeRows(records: CaseloadRecords, period: { from: string; to: string }): OutcomeClientRow[] {
  return outcomeRowsOf(records, period)
}

export type {
  CaseloadRecords,
  CaseloadReview,
  CaseloadRules,
  ClosureReason,
  DueItem,
  DueKind,
  OutcomeClientRow,
  OutcomeReport,
  Phase,
  PhaseCounts,
} from './types'
export { ProcessInputError } from './errors'
export { DEFAULT_CASELOAD_RULES } from './rules'
export { CONTACT_THAT_CLEARS } from './due-rules'
export { LISTING_DAYS, RECOMMENDED_MAX } from './review'
export { CLOSURE_REASONS } from './records'
export { FIRST_EMPLOYER_CONTACT_TARGET_DAYS } from './report'
export { bandOfDays, FIRST_CONTACT_BANDS, monthsBetween, outcomeDetails } from './report-details'
export type { FirstContactBand, OutcomeDetails } from './report-details'
export { roundHalfAwayFromZero } from './round'
export * from './fidelity/index'
