import type { FidelityRecords } from '../../process'
import { auditRowsAppended } from '../audit/audit-log'
import type { Db, Sqlite } from '../db/open-database'
import { loadCaseloadRecords } from './caseload-records'

/**
 * The caseload the home page reviews, kept between visits while nothing is written: reading 30 000 contacts costs
 * several times more than reviewing them, and the review is asked for on every visit. SQLite's total_changes()
 * counts every row this connection has inserted, updated or deleted, so any write (a contact, a phase, a form, a
 * client) makes the next review read the vault again, except the access log's rows: opening a client page logs a view
 * and changes nothing the review reads. Another connection (after a restore or an unlock) never sees these records.
 * They are ids and dates only, and dropped when the vault locks (`clear`).
 */
export class CaseloadRecordsCache {
  private entry: { db: Db; changes: number; records: FidelityRecords } | null = null

  read(store: { db: Db; sqlite: Sqlite }): FidelityRecords {
    const total = (store.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n
    const changes = total - auditRowsAppended(store.db)
    const entry = this.entry
    if (entry && entry.db === store.db && entry.changes === changes) return entry.records
    const records = loadCaseloadRecords(store.db)
    this.entry = { db: store.db, changes, records }
    return records
  }

  clear() {
    this.entry = null
  }
}
