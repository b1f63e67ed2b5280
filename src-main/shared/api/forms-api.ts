import { z } from 'zod'
import {
  formIds,
  type EmployerContactDecision,
  type FinaliseIssue,
  type FormValues,
  type PartyConsentSummary,
} from '../forms'
import { isoDateSchema } from '../dates/iso-date'
import { MAX_DRAFT_JSON_CHARS } from '../forms/schema'
import { personName } from '../text/safe-text'
import { withMessage } from '../validation/messages'
import { endpoint } from './endpoint'

export type FormStatus = 'draft' | 'finalised' | 'signed'

export type SignatureRecord = {
  id: string
  versionId: string
  contentHash: string
  method: 'paper' | 'screen'
  signerRole: string
  signerName: string
  signedOn: string
  place: string | null
  imageDataUrl: string | null
  recordedAt: string
}

export type VersionSummary = {
  id: string
  versionNumber: number
  schemaVersion: number
  contentHash: string
  finalisedAt: string
  signatures: SignatureRecord[]
}

export type FormListItem = {
  documentId: string
  formId: string
  title: string
  /** The state a coach cares about: an open draft wins, then signed/finalised of the latest version. */
  status: FormStatus
  hasDraft: boolean
  draftUpdatedAt: string | null
  latestVersion: { id: string; versionNumber: number; finalisedAt: string; signed: boolean } | null
  updatedAt: string
}

export type FormDocumentView = {
  documentId: string
  clientId: string
  formId: string
  title: string
  draft: { schemaVersion: number; values: FormValues; basedOnVersionId: string | null; updatedAt: string } | null
  versions: VersionSummary[]
}

export type FormVersionView = VersionSummary & {
  documentId: string
  clientId: string
  formId: string
  title: string
  values: FormValues
  /** True when this is the document's newest version. */
  isLatest: boolean
}

export type FinaliseResult =
  { ok: true; versionId: string; versionNumber: number; contentHash: string } | { ok: false; issues: FinaliseIssue[] }

export type ClientConsents = {
  /** The agreement version the consents come from; null when none is finalised yet. */
  source: { versionId: string; versionNumber: number; finalisedAt: string } | null
  today: string
  parties: PartyConsentSummary[]
  employerContact: EmployerContactDecision | null
}

/** The client's language of service from their forms: a language code of the forms' choice list, or null. */
export type ClientLanguage = { asiointikieli: string | null; formId: string | null }

const values = z.record(z.string(), z.unknown())
/** A draft: only the form's own fields (checked against its definition in the service), and bounded in size. */
const draftValues = values.refine(
  (draft) => JSON.stringify(draft).length <= MAX_DRAFT_JSON_CHARS,
  withMessage('errors.tooLong'),
)
/** An on-screen signature: a PNG data URL, bounded so a stray paste cannot bloat the vault. */
const pngDataUrl = z
  .string()
  .max(2_000_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)

export const signatureInputSchema = z.object({
  versionId: z.uuid(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  method: z.enum(['paper', 'screen']),
  signerRole: z.string().min(1).max(40),
  signerName: personName(200),
  signedOn: isoDateSchema,
  place: z.string().trim().max(200).nullable().optional(),
  imageDataUrl: pngDataUrl.nullable().optional(),
})

/** What a signature records besides its id and time: the SignatureRecord's fields, place and image optional. */
export type SignatureInput = z.output<typeof signatureInputSchema>

const documentId = z.object({ documentId: z.uuid() })
const versionId = z.object({ versionId: z.uuid() })
const clientId = z.object({ clientId: z.uuid() })

export const formsApi = {
  'forms-list': endpoint<FormListItem[]>()(clientId),
  'forms-create': endpoint<{ documentId: string }>()(
    z.object({ clientId: z.uuid(), formId: z.string().refine((id) => formIds.includes(id)) }),
  ),
  'forms-get': endpoint<FormDocumentView>()(documentId),
  'forms-save-draft': endpoint<{ updatedAt: string }>()(z.object({ documentId: z.uuid(), values: draftValues })),
  'forms-discard-draft': endpoint<{ documentDeleted: boolean }>()(documentId),
  'forms-finalise': endpoint<FinaliseResult>()(z.object({ documentId: z.uuid(), values: draftValues.optional() })),
  'forms-get-version': endpoint<FormVersionView>()(versionId),
  'forms-edit-version': endpoint<{ documentId: string }>()(versionId),
  'forms-sign': endpoint<SignatureRecord>()(signatureInputSchema),
  'forms-remove-signature': endpoint()(z.object({ signatureId: z.uuid() })),
  'forms-consents': endpoint<ClientConsents>()(clientId),
  'forms-client-language': endpoint<ClientLanguage>()(clientId),
}
