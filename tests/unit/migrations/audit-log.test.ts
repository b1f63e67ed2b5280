import { describe, expect, it } from 'vitest'
import { appendAudit, verifyAuditChain } from '../../../src-main/core/audit/audit-log'
import { toDrizzle } from '../../../src-main/core/db/open-database'
import { databaseAtVersion } from '../support/migration-helper'
import { dumpEveryTable, fillAuditLog, fillEveryTable } from '../support/vault-rows'

describe('migrations', () => {
  it('0005_audit_log: keeps every row, adds an empty access log that only grows and can only be redacted', () => {
    const db = databaseAtVersion(5)
    fillEveryTable(db.sqlite)
    const before = dumpEveryTable(db.sqlite)
    db.migrateTo(6)
    const sqlite = db.reopen()
    sqlite.pragma('foreign_keys = ON')
    const after = dumpEveryTable(sqlite)
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'schema_migrations') continue
      expect(after[table], table).toEqual(rows)
    }
    expect(after.audit_log).toEqual([])

    fillAuditLog(sqlite, '2026-03-02T09:15:00.000Z')
    const drizzleDb = toDrizzle(sqlite)
    appendAudit(drizzleDb, { action: 'view', clientId: 'c2', method: 'clients-get' })
    expect(verifyAuditChain(drizzleDb).verification).toMatchObject({ ok: true, entries: 4 })
    expect(() => sqlite.exec(`UPDATE audit_log SET client_id = 'c2' WHERE seq = 1`)).toThrow(/only be redacted/)
    expect(() => sqlite.exec(`DELETE FROM audit_log`)).toThrow(/append-only/)
    sqlite.exec(
      `UPDATE audit_log SET redacted = 1, client_id = NULL, method = NULL, object_id = NULL, detail_json = NULL
         WHERE client_id = 'c1'`,
    )
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE redacted = 1').get()).toEqual({ n: 2 })
    sqlite.close()
  })
})
