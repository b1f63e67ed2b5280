export type * from './definition'
export { defineForm, emptyRow, emptyConsentRow, emptyValueOf, allFields } from './schema'
export { conditionHolds } from './conditions'
export { isFieldVisible, isSectionVisible, activeSigners, findField } from './visibility'
export { validateForFinalise, isValidDraft, fieldLabelForPath, type FinaliseIssue } from './validate'
export { prefillValues } from './prefill'
export {
  consentsInForce,
  consentSummary,
  employerContactDecision,
  isConsentInForce,
  newestDisclosureDecision,
  readConsentRows,
  type EmployerContactDecision,
  type PartyConsentSummary,
} from './consents'
export { canonicalJson } from './canonical'
export { isEmptyValue, readString } from './values'
export { formDefinitions, definitionsByVersion, formIds, getFormDefinition } from './registry'
export { disclosureOptions, supportTypeOptions, languageOptions } from './common'
export { suggestedPhaseAfterForm } from '../phases/phase-schema'
export { consentParties, consentDataContents, consentDirections, consentValidities } from './consent-fields'
export { formatFinnishDate, isIsoDate, localToday } from '../dates/dates'
