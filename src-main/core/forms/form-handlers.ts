import { formsApi } from '../../shared/api/forms-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { clientLanguage } from './client-language'
import {
  addSignature,
  clientConsents,
  createForm,
  discardDraft,
  draftFromVersion,
  finaliseForm,
  getForm,
  getVersion,
  listForms,
  removeSignature,
  saveDraft,
} from './form-service'

export function formHandlers(vault: Vault) {
  return implement(formsApi, {
    'forms-list': ({ clientId }) => listForms(vault.db, clientId),
    'forms-create': ({ clientId, formId }) => createForm(vault, clientId, formId),
    'forms-get': ({ documentId }) => getForm(vault.db, documentId),
    'forms-save-draft': ({ documentId, values }) => saveDraft(vault, documentId, values),
    'forms-discard-draft': ({ documentId }) => discardDraft(vault, documentId),
    'forms-finalise': ({ documentId, values }) => finaliseForm(vault, documentId, values),
    'forms-get-version': ({ versionId }) => getVersion(vault.db, versionId),
    'forms-edit-version': ({ versionId }) => draftFromVersion(vault, versionId),
    'forms-sign': (input) => addSignature(vault.db, input),
    'forms-remove-signature': ({ signatureId }) => removeSignature(vault.db, signatureId),
    'forms-consents': ({ clientId }) => clientConsents(vault.db, clientId),
    'forms-client-language': ({ clientId }) => clientLanguage(vault.db, clientId),
  })
}
