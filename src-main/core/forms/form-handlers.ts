import { z } from 'zod'
import { isoDateSchema } from '../../shared/dates/iso-date'
import { formIds } from '../../shared/forms'
import { MAX_DRAFT_JSON_CHARS } from '../../shared/forms/schema'
import { personName } from '../../shared/text/safe-text'
import { method } from '../api/define-method'
import type { Vault } from '../vault/vault'
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

const values = z.record(z.string(), z.unknown())
/** A draft: only the form's own fields (checked against its definition in the service), and bounded in size. */
const draftValues = values.refine((draft) => JSON.stringify(draft).length <= MAX_DRAFT_JSON_CHARS, {
  message: 'errors.tooLong',
})
/** An on-screen signature: a PNG data URL, bounded so a stray paste cannot bloat the vault. */
const pngDataUrl = z
  .string()
  .max(2_000_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)

export function formHandlers(vault: Vault) {
  return {
    'forms-list': method(z.object({ clientId: z.uuid() }), ({ clientId }) => listForms(vault.db, clientId)),
    'forms-create': method(
      z.object({ clientId: z.uuid(), formId: z.string().refine((id) => formIds.includes(id)) }),
      ({ clientId, formId }) => createForm(vault, clientId, formId),
    ),
    'forms-get': method(z.object({ documentId: z.uuid() }), ({ documentId }) => getForm(vault.db, documentId)),
    'forms-save-draft': method(z.object({ documentId: z.uuid(), values: draftValues }), ({ documentId, values }) =>
      saveDraft(vault, documentId, values),
    ),
    'forms-discard-draft': method(z.object({ documentId: z.uuid() }), ({ documentId }) =>
      discardDraft(vault, documentId),
    ),
    'forms-finalise': method(
      z.object({ documentId: z.uuid(), values: draftValues.optional() }),
      ({ documentId, values }) => finaliseForm(vault, documentId, values),
    ),
    'forms-get-version': method(z.object({ versionId: z.uuid() }), ({ versionId }) => getVersion(vault.db, versionId)),
    'forms-edit-version': method(z.object({ versionId: z.uuid() }), ({ versionId }) =>
      draftFromVersion(vault, versionId),
    ),
    'forms-sign': method(
      z.object({
        versionId: z.uuid(),
        contentHash: z.string().regex(/^[0-9a-f]{64}$/),
        method: z.enum(['paper', 'screen']),
        signerRole: z.string().min(1).max(40),
        signerName: personName(200),
        signedOn: isoDateSchema,
        place: z.string().trim().max(200).nullable().optional(),
        imageDataUrl: pngDataUrl.nullable().optional(),
      }),
      (input) => addSignature(vault.db, input),
    ),
    'forms-remove-signature': method(z.object({ signatureId: z.uuid() }), ({ signatureId }) =>
      removeSignature(vault.db, signatureId),
    ),
    'forms-consents': method(z.object({ clientId: z.uuid() }), ({ clientId }) => clientConsents(vault.db, clientId)),
  }
}
