import { eq, inArray } from 'drizzle-orm'
import { ApiError } from '../api/api-error'
import { appendAudit, redactClientAudit } from '../audit/audit-log'
import { getClient } from '../clients/client-service'
import {
  clientBenefits,
  clients,
  contacts,
  education,
  formDocuments,
  formDrafts,
  formSignatures,
  formVersions,
  jobs,
  phaseHistory,
  savedCalculations,
} from '../db/schema'
import type { Store } from '../db/store'

/** The typed confirmation: the client's name, spacing and case aside. */
export function confirmsName(typed: string, client: { firstName: string; lastName: string }): boolean {
  const normal = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi-FI')
  return normal(typed) === normal(`${client.firstName} ${client.lastName}`)
}

/**
 * Permanent deletion of a client and every record about them, in one transaction: forms with their drafts, versions
 * and signatures, benefits, calculations, phases, contacts, jobs and studies. Foreign keys make the deletion of the
 * client row fail if a table was missed. The client's access-log entries are redacted (the documented deletion path
 * of the log: time and action stay, so the chain still verifies) and one entry without any client id records it.
 * The search index is merged so no trigram of the name stays in it, `secure_delete` overwrites the freed pages, and
 * the WAL is checkpointed and truncated so no old page stays there.
 */
export function deleteClientPermanently(store: Store, clientId: string, confirmName: string, now = new Date()) {
  const { db, sqlite } = store
  const client = getClient(db, clientId)
  if (!confirmsName(confirmName, client)) throw new ApiError('data/confirmation-mismatch')
  const redactedEntries = db.transaction(() => {
    const documentIds = db
      .select({ id: formDocuments.id })
      .from(formDocuments)
      .where(eq(formDocuments.clientId, clientId))
      .all()
      .map((row) => row.id)
    const versionIds =
      documentIds.length === 0
        ? []
        : db
            .select({ id: formVersions.id })
            .from(formVersions)
            .where(inArray(formVersions.documentId, documentIds))
            .all()
            .map((row) => row.id)
    if (versionIds.length > 0) db.delete(formSignatures).where(inArray(formSignatures.versionId, versionIds)).run()
    if (documentIds.length > 0) {
      db.delete(formVersions).where(inArray(formVersions.documentId, documentIds)).run()
      db.delete(formDrafts).where(inArray(formDrafts.documentId, documentIds)).run()
      db.delete(formDocuments).where(inArray(formDocuments.id, documentIds)).run()
    }
    db.delete(clientBenefits).where(eq(clientBenefits.clientId, clientId)).run()
    db.delete(savedCalculations).where(eq(savedCalculations.clientId, clientId)).run()
    db.delete(phaseHistory).where(eq(phaseHistory.clientId, clientId)).run()
    db.delete(contacts).where(eq(contacts.clientId, clientId)).run()
    db.delete(jobs).where(eq(jobs.clientId, clientId)).run()
    db.delete(education).where(eq(education.clientId, clientId)).run()
    db.delete(clients).where(eq(clients.id, clientId)).run()
    const redacted = redactClientAudit(db, clientId)
    appendAudit(db, { action: 'client-deleted', detail: { redactedEntries: redacted } }, now)
    return redacted
  })
  // FTS5 only marks a deleted row; merging the index drops the name's trigrams from its pages.
  sqlite.exec(`INSERT INTO clients_fts (clients_fts) VALUES ('optimize')`)
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  return { redactedEntries }
}
