import { describe, expect, it } from 'vitest'
import { DatabaseFromNewerAppError, migrate } from '../../../src-main/core/db/migrations'
import { databaseAtVersion } from '../support/migration-helper'
import { dumpEveryTable, fillEveryTable } from '../support/vault-rows'

const CLIENT_ROW = `INSERT INTO clients (id, first_name, last_name, status, search_text, created_at, updated_at, phase)
  VALUES ('c1', 'Aino', 'Virtanen', 'active', 'aino virtanen', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 2)`

describe('migrations', () => {
  it('every migration applies to an empty database, and the journal matches the files', () => {
    const db = databaseAtVersion(0)
    expect(db.version()).toBe(0)
    expect(db.migrateTo()).toBe(db.migrations.length)
    expect(db.migrations.map((m) => m.version)).toEqual(db.migrations.map((_, i) => i + 1))
  })

  it('0000_clients: creates the client register, which takes a client with every column', () => {
    const db = databaseAtVersion(0)
    db.migrateTo(1)
    db.sqlite.exec(CLIENT_ROW)
    db.sqlite.exec(`INSERT INTO settings (key, value) VALUES ('coach.name', 'Kaisa')`)
    expect(db.sqlite.prepare('SELECT last_name, phase FROM clients').get()).toEqual({ last_name: 'Virtanen', phase: 2 })
  })

  it('0001_forms_and_calculations: keeps clients from version 1 and links new records to them', () => {
    const db = databaseAtVersion(1)
    db.sqlite.exec(CLIENT_ROW)
    db.sqlite.exec(`INSERT INTO settings (key, value) VALUES ('coach.name', 'Kaisa')`)
    db.migrateTo(2)
    const sqlite = db.reopen()
    expect(sqlite.prepare('SELECT id, first_name, phase FROM clients').all()).toEqual([
      { id: 'c1', first_name: 'Aino', phase: 2 },
    ])
    expect(sqlite.prepare('SELECT value FROM settings').get()).toEqual({ value: 'Kaisa' })
    sqlite.pragma('foreign_keys = ON')
    sqlite.exec(
      `INSERT INTO form_documents (id, client_id, form_id, created_at, updated_at) VALUES ('d1', 'c1', 'referral', 'x', 'x')`,
    )
    expect(() =>
      sqlite.exec(
        `INSERT INTO form_documents (id, client_id, form_id, created_at, updated_at) VALUES ('d2', 'nobody', 'referral', 'x', 'x')`,
      ),
    ).toThrow(/FOREIGN KEY/)
    sqlite.close()
  })

  it('0002_client_search: indexes the clients already there and keeps the index in step afterwards', () => {
    const db = databaseAtVersion(2)
    fillEveryTable(db.sqlite)
    const before = dumpEveryTable(db.sqlite)
    db.migrateTo(3)
    const sqlite = db.reopen()
    sqlite.pragma('foreign_keys = ON')
    const after = dumpEveryTable(sqlite)
    for (const [table, rows] of Object.entries(before)) {
      if (table !== 'schema_migrations') expect(after[table], table).toEqual(rows)
    }
    const matching = (words: string) =>
      (
        sqlite
          .prepare(
            `SELECT k.client_id AS id FROM clients_fts f JOIN client_search_keys k ON k.key = f.rowid
               WHERE clients_fts MATCH ? ORDER BY k.client_id`,
          )
          .all(words) as Array<{ id: string }>
      ).map((row) => row.id)
    // Clients from version 2 are found by any 3-letter piece of their folded text.
    expect(matching('"irt"')).toEqual(['c1'])
    expect(matching('"jarvi"')).toEqual(['c2'])
    // New, changed and deleted clients after the migration: the triggers keep the index true.
    sqlite.exec(`INSERT INTO clients (id, first_name, last_name, status, search_text, created_at, updated_at)
      VALUES ('c3', 'Olli', 'Öhman', 'active', 'olli ohman', 'x', 'x')`)
    sqlite.exec(`UPDATE clients SET search_text = 'aino lahtinen joensuu' WHERE id = 'c1'`)
    sqlite.exec(`DELETE FROM saved_calculations; DELETE FROM client_benefits; DELETE FROM form_signatures;
      DELETE FROM form_versions; DELETE FROM form_drafts; DELETE FROM form_documents; DELETE FROM clients WHERE id = 'c2'`)
    expect(matching('"ohm"')).toEqual(['c3'])
    expect(matching('"virtanen"')).toEqual([])
    expect(matching('"lahti"')).toEqual(['c1'])
    expect(matching('"jarvi"')).toEqual([])
    expect(sqlite.prepare('SELECT client_id FROM client_search_keys ORDER BY key').all()).toEqual([
      { client_id: 'c1' },
      { client_id: 'c3' },
    ])
    sqlite.close()
  })

  it('0004_list_and_recent_indexes: keeps every row and indexes the list order, the caseload and the recent work', () => {
    const db = databaseAtVersion(4)
    fillEveryTable(db.sqlite)
    const before = dumpEveryTable(db.sqlite)
    db.migrateTo(5)
    const sqlite = db.reopen()
    const after = dumpEveryTable(sqlite)
    for (const [table, rows] of Object.entries(before)) {
      if (table !== 'schema_migrations') expect(after[table], table).toEqual(rows)
    }
    const indexes = (
      sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`)
        .all() as Array<{
        name: string
      }>
    ).map((row) => row.name)
    expect(indexes).not.toContain('clients_archived_last_name')
    expect(indexes).toEqual(
      expect.arrayContaining([
        'clients_list_order',
        'clients_caseload',
        'clients_updated',
        'form_documents_updated',
        'form_drafts_updated',
        'form_versions_finalised',
        'saved_calculations_created',
        'client_benefits_updated',
        'contacts_updated',
      ]),
    )
    const plan = (query: string) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as Array<{ detail: string }>).map((row) => row.detail)
    expect(
      plan(`SELECT id FROM clients WHERE archived_at IS NULL
        ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id LIMIT 50`),
    ).toEqual(['SCAN clients USING COVERING INDEX clients_list_order'])
    expect(
      plan(`SELECT phase, count(*) FROM clients WHERE archived_at IS NULL AND status <> 'closed' GROUP BY phase`)[0],
    ).toMatch(/USING COVERING INDEX clients_caseload/)
    // The data from version 4 is found through the new indexes.
    expect(
      sqlite
        .prepare(
          `SELECT phase, count(*) AS n FROM clients WHERE archived_at IS NULL AND status <> 'closed' GROUP BY phase`,
        )
        .all(),
    ).toEqual([{ phase: 2, n: 1 }])
    expect(sqlite.prepare(`SELECT client_id FROM form_documents ORDER BY updated_at DESC LIMIT 1`).get()).toEqual({
      client_id: 'c1',
    })
    sqlite.close()
  })

  it('rolls back every pending migration when one fails', () => {
    const db = databaseAtVersion(1)
    const broken = [
      ...db.migrations,
      { version: db.migrations.length + 1, tag: 'broken', statements: ['CREATE TABLE ok_table (a)', 'NOT SQL'] },
    ]
    expect(() => migrate(db.sqlite, broken)).toThrow()
    expect(db.version()).toBe(1)
    expect(
      db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name IN ('form_documents', 'ok_table')`).all(),
    ).toEqual([])
  })

  it('refuses a database written by a newer version of the app', () => {
    const db = databaseAtVersion(2)
    expect(() => migrate(db.sqlite, db.migrations.slice(0, 1))).toThrow(DatabaseFromNewerAppError)
  })
})
