import { asc, eq } from 'drizzle-orm'
import type { ClientDataExport, ExportedForm } from '../../shared/api/data-requests-api'
import { appendAudit, checkAuditChain, clientAuditEntries } from '../audit/audit-log'
import { getCalculation, getClientBenefits, listCalculations } from '../calculator/calculator-service'
import { getClient } from '../clients/client-service'
import { listClientContacts } from '../contacts/contact-service'
import type { Db } from '../db/open-database'
import { formDocuments } from '../db/schema'
import { getForm, getVersion } from '../forms/form-documents'
import { listEducation, listJobs } from '../jobs/job-service'
import { listPhases } from '../phases/phase-service'

/**
 * Everything the app holds about one client, for a data request: the same services the screens use, so the export
 * shows what the coach sees. The export is logged first, so the client's own log in it includes this export.
 */
export function exportClientData(
  db: Db,
  clientId: string,
  purpose: 'json' | 'pdf',
  now = new Date(),
): ClientDataExport {
  const client = getClient(db, clientId)
  appendAudit(db, { action: 'export', clientId, method: 'data-export-client', detail: { kind: purpose } }, now)
  return {
    format: 'tyohonvalmentaja-client-data',
    version: 1,
    exportedAt: now.toISOString(),
    client,
    phaseHistory: listPhases(db, clientId),
    forms: exportForms(db, clientId),
    contacts: listClientContacts(db, clientId),
    jobs: listJobs(db, clientId),
    education: listEducation(db, clientId),
    benefits: getClientBenefits(db, clientId),
    calculations: listCalculations(db, clientId).map((item) => getCalculation(db, item.id)),
    audit: { entries: clientAuditEntries(db, clientId), verification: checkAuditChain(db) },
  }
}

function exportForms(db: Db, clientId: string): ExportedForm[] {
  const documents = db
    .select({ id: formDocuments.id, createdAt: formDocuments.createdAt, updatedAt: formDocuments.updatedAt })
    .from(formDocuments)
    .where(eq(formDocuments.clientId, clientId))
    .orderBy(asc(formDocuments.createdAt))
    .all()
  return documents.map(({ id, createdAt, updatedAt }) => {
    const document = getForm(db, id)
    return {
      ...document,
      createdAt,
      updatedAt,
      versions: document.versions
        .map((version) => getVersion(db, version.id))
        .toSorted((a, b) => a.versionNumber - b.versionNumber),
    }
  })
}
