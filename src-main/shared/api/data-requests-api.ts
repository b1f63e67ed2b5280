import { z } from 'zod'
import type { Client } from '../clients/client-schema'
import type { Contact } from '../contacts/contact-schema'
import type { Education, Job } from '../jobs/job-schema'
import type { PhaseEntry } from '../phases/phase-schema'
import type { AuditEntry, AuditVerification } from './audit-api'
import type { RecordedClientBenefits, SavedCalculation } from './calculator-api'
import type { FormDocumentView, FormVersionView } from './forms-api'
import { endpoint } from './endpoint'

/** A form document with its draft and every finalised version with its answers and signatures. */
export type ExportedForm = Omit<FormDocumentView, 'versions'> & {
  createdAt: string
  updatedAt: string
  versions: FormVersionView[]
}

/** Everything the app holds about one client (a data request: GDPR art. 15 and 20). */
export type ClientDataExport = {
  format: 'tyohonvalmentaja-client-data'
  version: 1
  exportedAt: string
  client: Client
  phaseHistory: PhaseEntry[]
  forms: ExportedForm[]
  contacts: Contact[]
  jobs: Job[]
  education: Education[]
  benefits: RecordedClientBenefits | null
  calculations: SavedCalculation[]
  audit: { entries: AuditEntry[]; verification: AuditVerification }
}

/** A closed client whose records have been kept for the retention period. */
export type RetentionDueClient = {
  id: string
  firstName: string
  lastName: string
  /** The closing date the period counts from: the closure form's date, else the day the client was last changed. */
  closedOn: string
  closedOnSource: 'closure' | 'last-change'
  /** The day the retention period ended. */
  dueOn: string
}

export const dataRequestsApi = {
  /** `purpose`: a JSON file, or the PDF/print page. Logged as an export. */
  'data-export-client': endpoint<ClientDataExport>()(
    z.object({ clientId: z.uuid(), purpose: z.enum(['json', 'pdf']) }),
  ),
  /**
   * Deletes the client and every record about them; `confirmName` must be the client's name as the coach typed it.
   * Their log entries are redacted and one entry without personal data records the deletion.
   */
  'data-delete-client': endpoint<{ redactedEntries: number }>()(
    z.object({ clientId: z.uuid(), confirmName: z.string().max(400) }),
  ),
  /** Closed clients past the retention period set in Settings. */
  'data-retention-review': endpoint<{ retentionYears: number; clients: RetentionDueClient[] }>()(z.object({})),
}
