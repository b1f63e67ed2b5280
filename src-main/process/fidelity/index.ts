export { FIDELITY_ITEMS, FIDELITY_SECTION_NAMES } from './items'
export type { FidelityItem, FidelityItemNumber, FidelityScore, FidelitySection } from './items'
export {
  compareFidelityReviews,
  FIDELITY_BANDS,
  FIDELITY_ITEM_NUMBERS,
  FIDELITY_MAX_TOTAL,
  fidelityBand,
  GOOD_FIDELITY_TOTAL,
  REVIEW_INTERVAL_MONTHS,
  scoreFidelityReview,
} from './score'
export type { FidelityBand, FidelityComparison, FidelityResult, FidelityScores } from './score'
export { prefillFidelity } from './prefill'
export type {
  CaseloadPrefill,
  CompetitivePrefill,
  DiversityPrefill,
  FidelityJob,
  FidelityPrefill,
  FidelityPrefillItem,
  FidelityPrefillOptions,
  FidelityRecords,
  RapidSearchPrefill,
  SupportElement,
  TimeUnlimitedSupportPrefill,
} from './prefill'
