// A draft's life: autosave, finalising into an immutable version, a new draft from a version, discarding.
import { randomUUID } from 'node:crypto'
import { desc, eq } from 'drizzle-orm'
import { canonicalJson, validateForFinalise, type FormDefinition, type FormValues } from '../../shared/forms'
import { ApiError } from '../api/api-error'
import { formDocuments, formDrafts, formVersions } from '../db/schema'
import { applyFormToClient } from './form-effects'
import { contentHashOf, definitionOf, documentRow, draftRow, parseValues } from './form-records'
import type { FinaliseResult, FormStore } from './form-types'

/** Autosave: stores the draft as it is (shape-checked only, never required fields). */
export function saveDraft(
  store: FormStore,
  documentId: string,
  values: FormValues,
  now = new Date(),
): { updatedAt: string } {
  const { def } = openDraft(store, documentId)
  checkDraftShape(def, values)
  return writeDraft(store, documentId, values, now)
}

function openDraft(store: FormStore, documentId: string) {
  const doc = documentRow(store.db, documentId)
  const draft = draftRow(store.db, documentId)
  return { doc, draft, def: definitionOf(doc.formId, draft.schemaVersion) }
}

function checkDraftShape(def: FormDefinition, values: FormValues) {
  if (!def.draftSchema.safeParse(values).success) throw new ApiError('invalid-input', { reason: 'draft-shape' })
}

function writeDraft(store: FormStore, documentId: string, values: FormValues, now: Date): { updatedAt: string } {
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
 * Finalise: validates the answers (`values` when given, else the stored draft) against the definition's schema and
 * rules. With problems, given values are kept as the draft and the problems come back; otherwise the answers are
 * written once, as a new immutable version, and the draft is removed, in one transaction.
 */
export function finaliseForm(
  store: FormStore,
  documentId: string,
  values: FormValues | undefined,
  now = new Date(),
): FinaliseResult {
  const { doc, draft, def } = openDraft(store, documentId)
  if (values !== undefined) checkDraftShape(def, values)
  const draftValues = values ?? parseValues(draft.valuesJson)
  const issues = validateForFinalise(def, draftValues)
  if (issues.length > 0) {
    if (values !== undefined) writeDraft(store, documentId, values, now)
    return { ok: false, issues }
  }

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
    applyFormToClient(store.db, doc.clientId, doc.formId, draftValues, now)
  })()
  return { ok: true, versionId, versionNumber, contentHash }
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
