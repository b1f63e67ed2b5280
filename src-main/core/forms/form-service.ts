// The forms service, one file per concern. The API handlers (form-handlers.ts) and tests import it from here.
export * from './form-types'
export { contentHashOf, latestFinalisedValues } from './form-records'
export { createForm, getForm, getVersion, listForms } from './form-documents'
export { discardDraft, draftFromVersion, finaliseForm, saveDraft } from './form-lifecycle'
export { addSignature, removeSignature } from './form-signatures'
export { clientConsents } from './form-consents'
