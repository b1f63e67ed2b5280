// Reading the forms tables: the rows behind documents, drafts, versions and signatures, and what they mean.
import { createHash } from 'node:crypto'
import { asc, desc, eq, inArray } from 'drizzle-orm'
import { canonicalJson, getFormDefinition, type FormDefinition, type FormValues } from '../../shared/forms'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { formDocuments, formDrafts, formSignatures, formVersions } from '../db/schema'
import type { SignatureRecord } from './form-types'

/** sha256 over the canonical JSON of what was finalised: form, definition version and answers. */
export function contentHashOf(formId: string, schemaVersion: number, values: FormValues): string {
  return createHash('sha256').update(canonicalJson({ formId, schemaVersion, values }), 'utf8').digest('hex')
}

export function definitionOf(formId: string, schemaVersion?: number): FormDefinition {
  const def = getFormDefinition(formId, schemaVersion)
  if (!def) throw new ApiError('not-found', { what: 'form-definition' })
  return def
}

export function parseValues(json: string): FormValues {
  const parsed: unknown = JSON.parse(json)
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as FormValues) : {}
}

export function documentRow(db: Db, documentId: string) {
  const row = db.select().from(formDocuments).where(eq(formDocuments.id, documentId)).get()
  if (!row) throw new ApiError('not-found')
  return row
}

/** The document's open draft; editing without one is a conflict (it was finalised or discarded meanwhile). */
export function draftRow(db: Db, documentId: string) {
  const draft = db.select().from(formDrafts).where(eq(formDrafts.documentId, documentId)).get()
  if (!draft) throw new ApiError('conflict', { reason: 'no-draft' })
  return draft
}

export function signaturesOf(db: Db, versionIds: string[]): Map<string, SignatureRecord[]> {
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
export function isSigned(
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
