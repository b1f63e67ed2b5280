import { createHash, randomUUID } from 'node:crypto'
import { asc, desc, eq, inArray } from 'drizzle-orm'
import {
  canonicalJson,
  consentSummary,
  employerContactDecision,
  getFormDefinition,
  localToday,
  prefillValues,
  validateForFinalise,
  type FormDefinition,
  type FormValues,
} from '../../shared/forms'
import type {
  ClientConsents,
  FinaliseResult,
  FormDocumentView,
  FormListItem,
  FormVersionView,
  SignatureInput,
  SignatureRecord,
} from '../../shared/api/forms-api'
import { ApiError } from '../api/api-error'
import { getClient } from '../clients/client-service'
import type { Db, Sqlite } from '../db/open-database'
import { formDocuments, formDrafts, formSignatures, formVersions } from '../db/schema'
import { getCoachProfile } from '../settings/coach-profile'

/** What the form service needs of the vault: the drizzle db and the raw handle for transactions. */
export type FormStore = { db: Db; sqlite: Sqlite }

/** sha256 over the canonical JSON of what was finalised: form, definition version and answers. */
export function contentHashOf(formId: string, schemaVersion: number, values: FormValues): string {
  return createHash('sha256').update(canonicalJson({ formId, schemaVersion, values }), 'utf8').digest('hex')
}

function definitionOf(formId: string, schemaVersion?: number): FormDefinition {
  const def = getFormDefinition(formId, schemaVersion)
  if (!def) throw new ApiError('not-found', { what: 'form-definition' })
  return def
}

function parseValues(json: string): FormValues {
  const parsed: unknown = JSON.parse(json)
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as FormValues) : {}
}

function documentRow(db: Db, documentId: string) {
  const row = db.select().from(formDocuments).where(eq(formDocuments.id, documentId)).get()
  if (!row) throw new ApiError('not-found')
  return row
}

function signaturesOf(db: Db, versionIds: string[]): Map<string, SignatureRecord[]> {
  const byVersion = new Map<string, SignatureRecord[]>()
  if (versionIds.length === 0) return byVersion
  const rows = db
    .select()
    .from(formSignatures)
    .where(inArray(formSignatures.versionId, versionIds))
    .orderBy(asc(formSignatures.recordedAt))
    .all()
  for (const row of rows) {
    const list = byVersion.get(row.versionId) ?? []
    list.push(row)
    byVersion.set(row.versionId, list)
  }
  return byVersion
}

/** A version counts as signed when every required signer role has a signature for its content hash. */
function isSigned(
  version: { formId: string; schemaVersion: number; valuesJson: string; contentHash: string },
  signatures: SignatureRecord[],
): boolean {
  const valid = signatures.filter((signature) => signature.contentHash === version.contentHash)
  if (valid.length === 0) return false
  const def = getFormDefinition(version.formId, version.schemaVersion)
  if (!def) return true
  const required = def.signers.filter((signer) => signer.required).map((signer) => signer.role)
  return required.every((role) => valid.some((signature) => signature.signerRole === role))
}

export function listForms(db: Db, clientId: string): FormListItem[] {
  const documents = db
    .select()
    .from(formDocuments)
    .where(eq(formDocuments.clientId, clientId))
    .orderBy(desc(formDocuments.updatedAt))
    .all()
  if (documents.length === 0) return []
  const ids = documents.map((doc) => doc.id)
  const drafts = new Map(
    db
      .select()
      .from(formDrafts)
      .where(inArray(formDrafts.documentId, ids))
      .all()
      .map((draft) => [draft.documentId, draft]),
  )
  const versions = db
    .select()
    .from(formVersions)
    .where(inArray(formVersions.documentId, ids))
    .orderBy(desc(formVersions.versionNumber))
    .all()
  const latest = new Map<string, (typeof versions)[number]>()
  for (const version of versions) if (!latest.has(version.documentId)) latest.set(version.documentId, version)
  const signatures = signaturesOf(
    db,
    [...latest.values()].map((version) => version.id),
  )

  return documents.map((doc) => {
    const draft = drafts.get(doc.id)
    const version = latest.get(doc.id)
    const signed = version ? isSigned(version, signatures.get(version.id) ?? []) : false
    return {
      documentId: doc.id,
      formId: doc.formId,
      title: getFormDefinition(doc.formId)?.title ?? doc.formId,
      status: draft ? 'draft' : signed ? 'signed' : 'finalised',
      hasDraft: draft !== undefined,
      draftUpdatedAt: draft?.updatedAt ?? null,
      latestVersion: version
        ? { id: version.id, versionNumber: version.versionNumber, finalisedAt: version.finalisedAt, signed }
        : null,
      updatedAt: doc.updatedAt,
    }
  })
}

/** The client's newest finalised values per form id (for prefill and consents). */
export function latestFinalisedValues(
  db: Db,
  clientId: string,
): Record<string, { values: FormValues; version: typeof formVersions.$inferSelect }> {
  const rows = db
    .select({ version: formVersions })
    .from(formVersions)
    .innerJoin(formDocuments, eq(formDocuments.id, formVersions.documentId))
    .where(eq(formDocuments.clientId, clientId))
    .orderBy(desc(formVersions.finalisedAt), desc(formVersions.versionNumber))
    .all()
  const result: Record<string, { values: FormValues; version: typeof formVersions.$inferSelect }> = {}
  for (const { version } of rows) {
    if (!result[version.formId]) result[version.formId] = { values: parseValues(version.valuesJson), version }
  }
  return result
}

/** Without a profile in Settings: the coach named on the newest form in the vault (one coach per vault). */
function latestCoach(db: Db): { name: string; unit: string | null } | undefined {
  const candidates = [
    db
      .select({ json: formDrafts.valuesJson, at: formDrafts.updatedAt })
      .from(formDrafts)
      .orderBy(desc(formDrafts.updatedAt))
      .limit(1)
      .get(),
    db
      .select({ json: formVersions.valuesJson, at: formVersions.finalisedAt })
      .from(formVersions)
      .orderBy(desc(formVersions.finalisedAt))
      .limit(1)
      .get(),
  ].filter((row) => row !== undefined)
  candidates.sort((a, b) => b.at.localeCompare(a.at))
  for (const row of candidates) {
    const values = parseValues(row.json)
    if (typeof values.coachName === 'string' && values.coachName.trim() !== '') {
      return { name: values.coachName, unit: typeof values.coachUnit === 'string' ? values.coachUnit : null }
    }
  }
  return undefined
}

export function createForm(
  store: FormStore,
  clientId: string,
  formId: string,
  now = new Date(),
): { documentId: string } {
  const def = definitionOf(formId)
  const client = getClient(store.db, clientId)
  const latest = latestFinalisedValues(store.db, clientId)
  const values = prefillValues(def, {
    client: { ...client, fullName: `${client.firstName} ${client.lastName}` },
    coach: getCoachProfile(store.db) ?? latestCoach(store.db),
    latest: Object.fromEntries(Object.entries(latest).map(([id, entry]) => [id, entry.values])),
    today: localToday(now),
  })
  const timestamp = now.toISOString()
  const documentId = randomUUID()
  store.sqlite.transaction(() => {
    store.db
      .insert(formDocuments)
      .values({ id: documentId, clientId, formId, createdAt: timestamp, updatedAt: timestamp })
      .run()
    store.db
      .insert(formDrafts)
      .values({
        documentId,
        schemaVersion: def.schemaVersion,
        valuesJson: JSON.stringify(values),
        basedOnVersionId: null,
        updatedAt: timestamp,
      })
      .run()
  })()
  return { documentId }
}

export function getForm(db: Db, documentId: string): FormDocumentView {
  const doc = documentRow(db, documentId)
  const draft = db.select().from(formDrafts).where(eq(formDrafts.documentId, documentId)).get()
  const versions = db
    .select()
    .from(formVersions)
    .where(eq(formVersions.documentId, documentId))
    .orderBy(desc(formVersions.versionNumber))
    .all()
  const signatures = signaturesOf(
    db,
    versions.map((version) => version.id),
  )
  return {
    documentId: doc.id,
    clientId: doc.clientId,
    formId: doc.formId,
    title: getFormDefinition(doc.formId)?.title ?? doc.formId,
    draft: draft
      ? {
          schemaVersion: draft.schemaVersion,
          values: parseValues(draft.valuesJson),
          basedOnVersionId: draft.basedOnVersionId,
          updatedAt: draft.updatedAt,
        }
      : null,
    versions: versions.map((version) => ({
      id: version.id,
      versionNumber: version.versionNumber,
      schemaVersion: version.schemaVersion,
      contentHash: version.contentHash,
      finalisedAt: version.finalisedAt,
      signatures: signatures.get(version.id) ?? [],
    })),
  }
}

/** Autosave: stores the draft as it is (shape-checked only, never required fields). */
export function saveDraft(
  store: FormStore,
  documentId: string,
  values: FormValues,
  now = new Date(),
): { updatedAt: string } {
  const doc = documentRow(store.db, documentId)
  const draft = store.db.select().from(formDrafts).where(eq(formDrafts.documentId, documentId)).get()
  if (!draft) throw new ApiError('conflict', { reason: 'no-draft' })
  const def = definitionOf(doc.formId, draft.schemaVersion)
  if (!def.draftSchema.safeParse(values).success) throw new ApiError('invalid-input', { reason: 'draft-shape' })
  const updatedAt = now.toISOString()
  store.sqlite.transaction(() => {
    store.db
      .update(formDrafts)
      .set({ valuesJson: JSON.stringify(values), updatedAt })
      .where(eq(formDrafts.documentId, documentId))
      .run()
    store.db.update(formDocuments).set({ updatedAt }).where(eq(formDocuments.id, documentId)).run()
  })()
  return { updatedAt }
}

/**
 * Finalise: validates the draft (with `values`, when given, saved first) against the definition's schema and rules.
 * Problems come back as issues; otherwise a new immutable version is written and the draft removed, in one transaction.
 */
export function finaliseForm(
  store: FormStore,
  documentId: string,
  values: FormValues | undefined,
  now = new Date(),
): FinaliseResult {
  if (values !== undefined) saveDraft(store, documentId, values, now)
  const doc = documentRow(store.db, documentId)
  const draft = store.db.select().from(formDrafts).where(eq(formDrafts.documentId, documentId)).get()
  if (!draft) throw new ApiError('conflict', { reason: 'no-draft' })
  const def = definitionOf(doc.formId, draft.schemaVersion)
  const draftValues = parseValues(draft.valuesJson)
  const issues = validateForFinalise(def, draftValues)
  if (issues.length > 0) return { ok: false, issues }

  const contentHash = contentHashOf(doc.formId, draft.schemaVersion, draftValues)
  const versionId = randomUUID()
  const finalisedAt = now.toISOString()
  let versionNumber = 0
  store.sqlite.transaction(() => {
    const previous = store.db
      .select({ versionNumber: formVersions.versionNumber })
      .from(formVersions)
      .where(eq(formVersions.documentId, documentId))
      .orderBy(desc(formVersions.versionNumber))
      .limit(1)
      .get()
    versionNumber = (previous?.versionNumber ?? 0) + 1
    store.db
      .insert(formVersions)
      .values({
        id: versionId,
        documentId,
        versionNumber,
        formId: doc.formId,
        schemaVersion: draft.schemaVersion,
        valuesJson: canonicalJson(draftValues),
        contentHash,
        finalisedAt,
      })
      .run()
    store.db.delete(formDrafts).where(eq(formDrafts.documentId, documentId)).run()
    store.db.update(formDocuments).set({ updatedAt: finalisedAt }).where(eq(formDocuments.id, documentId)).run()
  })()
  return { ok: true, versionId, versionNumber, contentHash }
}

export function getVersion(db: Db, versionId: string): FormVersionView {
  const version = db.select().from(formVersions).where(eq(formVersions.id, versionId)).get()
  if (!version) throw new ApiError('not-found')
  const doc = documentRow(db, version.documentId)
  const newest = db
    .select({ id: formVersions.id })
    .from(formVersions)
    .where(eq(formVersions.documentId, version.documentId))
    .orderBy(desc(formVersions.versionNumber))
    .limit(1)
    .get()
  return {
    id: version.id,
    versionNumber: version.versionNumber,
    schemaVersion: version.schemaVersion,
    contentHash: version.contentHash,
    finalisedAt: version.finalisedAt,
    signatures: signaturesOf(db, [version.id]).get(version.id) ?? [],
    documentId: doc.id,
    clientId: doc.clientId,
    formId: doc.formId,
    title: getFormDefinition(doc.formId, version.schemaVersion)?.title ?? doc.formId,
    values: parseValues(version.valuesJson),
    isLatest: newest?.id === version.id,
  }
}

/** Editing a finalised form: a new draft starting from that version (an existing draft is kept, not overwritten). */
export function draftFromVersion(store: FormStore, versionId: string, now = new Date()): { documentId: string } {
  const version = store.db.select().from(formVersions).where(eq(formVersions.id, versionId)).get()
  if (!version) throw new ApiError('not-found')
  const existing = store.db.select().from(formDrafts).where(eq(formDrafts.documentId, version.documentId)).get()
  if (existing) return { documentId: version.documentId }
  const timestamp = now.toISOString()
  store.sqlite.transaction(() => {
    store.db
      .insert(formDrafts)
      .values({
        documentId: version.documentId,
        schemaVersion: version.schemaVersion,
        valuesJson: version.valuesJson,
        basedOnVersionId: version.id,
        updatedAt: timestamp,
      })
      .run()
    store.db.update(formDocuments).set({ updatedAt: timestamp }).where(eq(formDocuments.id, version.documentId)).run()
  })()
  return { documentId: version.documentId }
}

/** Throws the draft away; a document that was never finalised goes with it. */
export function discardDraft(store: FormStore, documentId: string): { documentDeleted: boolean } {
  documentRow(store.db, documentId)
  let documentDeleted = false
  store.sqlite.transaction(() => {
    store.db.delete(formDrafts).where(eq(formDrafts.documentId, documentId)).run()
    const hasVersion = store.db
      .select({ id: formVersions.id })
      .from(formVersions)
      .where(eq(formVersions.documentId, documentId))
      .limit(1)
      .get()
    if (!hasVersion) {
      store.db.delete(formDocuments).where(eq(formDocuments.id, documentId)).run()
      documentDeleted = true
    }
  })()
  return { documentDeleted }
}

/** Records a signature for exactly the content the signer saw: the hash must be the version's. */
export function addSignature(db: Db, input: SignatureInput, now = new Date()): SignatureRecord {
  const version = db.select().from(formVersions).where(eq(formVersions.id, input.versionId)).get()
  if (!version) throw new ApiError('not-found')
  if (version.contentHash !== input.contentHash) throw new ApiError('forms/hash-mismatch')
  const def = getFormDefinition(version.formId, version.schemaVersion)
  if (def && !def.signers.some((signer) => signer.role === input.signerRole)) {
    throw new ApiError('invalid-input', { reason: 'signer-role' })
  }
  if (input.method === 'screen' && !input.imageDataUrl) throw new ApiError('invalid-input', { reason: 'image-missing' })
  const row: SignatureRecord = {
    id: randomUUID(),
    versionId: version.id,
    contentHash: version.contentHash,
    method: input.method,
    signerRole: input.signerRole,
    signerName: input.signerName,
    signedOn: input.signedOn,
    place: input.place ?? null,
    imageDataUrl: input.method === 'screen' ? (input.imageDataUrl ?? null) : null,
    recordedAt: now.toISOString(),
  }
  db.insert(formSignatures).values(row).run()
  return row
}

export function removeSignature(db: Db, signatureId: string): void {
  const result = db.delete(formSignatures).where(eq(formSignatures.id, signatureId)).run()
  if (result.changes === 0) throw new ApiError('not-found')
}

/** What the client currently allows, from the newest finalised cooperation agreement. */
export function clientConsents(db: Db, clientId: string, now = new Date()): ClientConsents {
  const today = localToday(now)
  const latest = latestFinalisedValues(db, clientId)
  const agreement = latest['cooperation-agreement']
  if (!agreement) return { source: null, today, parties: [], employerContact: null }
  const profileDecision = latest['vocational-profile']?.values.disclosurePreference
  return {
    source: {
      versionId: agreement.version.id,
      versionNumber: agreement.version.versionNumber,
      finalisedAt: agreement.version.finalisedAt,
    },
    today,
    parties: consentSummary(agreement.values, today),
    employerContact: employerContactDecision(
      agreement.values,
      today,
      typeof profileDecision === 'string' && profileDecision !== '' ? profileDecision : undefined,
    ),
  }
}
