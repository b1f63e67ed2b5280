import type { EmployerContactDecision, FinaliseIssue, FormValues, PartyConsentSummary } from '../../shared/forms'
import type { Db, Sqlite } from '../db/open-database'

/** What the form service needs of the vault: the drizzle db and the raw handle for transactions. */
export type FormStore = { db: Db; sqlite: Sqlite }

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

/** What a signature records besides its id and time: the SignatureRecord's fields, place and image optional. */
export type SignatureInput = Omit<SignatureRecord, 'id' | 'recordedAt' | 'place' | 'imageDataUrl'> &
  Partial<Pick<SignatureRecord, 'place' | 'imageDataUrl'>>

export type ClientConsents = {
  /** The agreement version the consents come from; null when none is finalised yet. */
  source: { versionId: string; versionNumber: number; finalisedAt: string } | null
  today: string
  parties: PartyConsentSummary[]
  employerContact: EmployerContactDecision | null
}
