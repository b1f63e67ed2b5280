import { randomUUID } from 'node:crypto'
import { getFormDefinition } from '../../shared/forms'
import { eq } from 'drizzle-orm'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { formSignatures, formVersions } from '../db/schema'
import type { SignatureInput, SignatureRecord } from './form-types'

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
