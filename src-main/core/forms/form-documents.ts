// A client's forms as documents: listing, creating with prefill, and reading a document or one version.
import { randomUUID } from 'node:crypto'
import { desc, eq, inArray } from 'drizzle-orm'
import { getFormDefinition, localToday, prefillValues } from '../../shared/forms'
import { ApiError } from '../api/api-error'
import { getClient } from '../clients/client-service'
import type { Db } from '../db/open-database'
import { formDocuments, formDrafts, formVersions } from '../db/schema'
import { listJobs } from '../jobs/job-service'
import { getCoachProfile } from '../settings/coach-profile'
import { definitionOf, documentRow, isSigned, latestFinalisedValues, parseValues, signaturesOf } from './form-records'
import type { FormDocumentView, FormListItem, FormStore, FormVersionView } from './form-types'

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

/**
 * The newest draft and the newest finalised version in the vault, each read from its time index
 * (`form_drafts_updated`, `form_versions_finalised`): one row each, whatever the number of forms.
 */
export function newestFormValuesQueries(db: Db) {
  return [
    db
      .select({ json: formDrafts.valuesJson, at: formDrafts.updatedAt })
      .from(formDrafts)
      .orderBy(desc(formDrafts.updatedAt))
      .limit(1),
    db
      .select({ json: formVersions.valuesJson, at: formVersions.finalisedAt })
      .from(formVersions)
      .orderBy(desc(formVersions.finalisedAt))
      .limit(1),
  ] as const
}

/** Without a profile in Settings: the coach named on the newest form in the vault (one coach per vault). */
function latestCoach(db: Db): { name: string; unit: string | null } | undefined {
  const candidates = newestFormValuesQueries(db)
    .map((query) => query.get())
    .filter((row) => row !== undefined)
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
    jobs: listJobs(store.db, clientId),
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
