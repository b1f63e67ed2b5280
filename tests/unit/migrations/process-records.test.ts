import { describe, expect, it } from 'vitest'
import { databaseAtVersion } from '../support/migration-helper'
import { dumpEveryTable, fillEveryTable, fillProcessTables } from '../support/vault-rows'

const at = '2026-03-02T09:15:00.000Z'

/** Finalised forms from version 3: agreements with entry dates, closures with reasons (one older than a re-entry). */
function addFinalisedForms(sqlite: ReturnType<typeof databaseAtVersion>['sqlite']) {
  const version = (
    id: string,
    documentId: string,
    number: number,
    formId: string,
    values: object,
    finalisedAt: string,
  ) =>
    sqlite
      .prepare(
        `INSERT INTO form_versions (id, document_id, version_number, form_id, schema_version, values_json,
           content_hash, finalised_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
      )
      .run(id, documentId, number, formId, JSON.stringify(values), 'b'.repeat(64), finalisedAt)
  sqlite.exec(`
    INSERT INTO clients (id, first_name, last_name, status, search_text, created_at, updated_at, phase)
      VALUES ('c3', 'Olli', 'Öhman', 'active', 'olli ohman', '2025-09-01T08:00:00.000Z', '${at}', 5),
             ('c4', 'Eeva', 'Ek', 'closed', 'eeva ek', '2025-05-01T08:00:00.000Z', '${at}', 9);
    INSERT INTO form_documents (id, client_id, form_id, created_at, updated_at)
      VALUES ('a1', 'c1', 'cooperation-agreement', '${at}', '${at}'), ('a3', 'c3', 'cooperation-agreement', '${at}', '${at}'),
             ('z3', 'c3', 'closure', '${at}', '${at}'), ('a4', 'c4', 'cooperation-agreement', '${at}', '${at}'),
             ('z4', 'c4', 'closure', '${at}', '${at}');
  `)
  version('va1', 'a1', 1, 'cooperation-agreement', { entryDate: '2026-01-05' }, '2026-01-05T10:00:00.000Z')
  version('va1b', 'a1', 2, 'cooperation-agreement', { entryDate: '2026-01-12' }, '2026-01-20T10:00:00.000Z')
  // c3 was closed in 2025 and came back in 2026: the old closure belongs to the first episode.
  version(
    'vz3',
    'z3',
    1,
    'closure',
    { closureDate: '2025-11-30', reason: 'support-completed' },
    '2025-11-30T10:00:00.000Z',
  )
  version('va3', 'a3', 1, 'cooperation-agreement', { entryDate: '2026-02-02' }, '2026-02-02T10:00:00.000Z')
  version('va4', 'a4', 1, 'cooperation-agreement', { entryDate: '2025-05-10' }, '2025-05-10T10:00:00.000Z')
  version('vz4', 'z4', 1, 'closure', { closureDate: '2025-12-01', reason: 'moved-away' }, '2025-12-01T10:00:00.000Z')
}

describe('migrations', () => {
  it('0003_process_records: keeps every row, moves the single phase into the history and reads entry and closure from the forms', () => {
    const db = databaseAtVersion(3)
    fillEveryTable(db.sqlite)
    addFinalisedForms(db.sqlite)
    const before = dumpEveryTable(db.sqlite)
    db.migrateTo(4)
    const sqlite = db.reopen()
    sqlite.pragma('foreign_keys = ON')
    const after = dumpEveryTable(sqlite)

    // Every row of every old table is still there with every old column unchanged.
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'schema_migrations') continue
      expect(after[table]!.length, table).toBe(rows.length)
      rows.forEach((row, index) => expect(after[table]![index], table).toMatchObject(row as object))
    }

    // The old phase is the first history entry (from the day the client was added); clients.phase stays current.
    expect(
      sqlite.prepare('SELECT client_id, phase, from_date, source FROM phase_history ORDER BY client_id').all(),
    ).toEqual([
      { client_id: 'c1', phase: 2, from_date: '2026-03-02', source: 'migrated' },
      { client_id: 'c3', phase: 5, from_date: '2025-09-01', source: 'migrated' },
    ])
    expect(sqlite.prepare(`SELECT phase FROM clients WHERE id = 'c1'`).get()).toEqual({ phase: 2 })
    const ids = sqlite.prepare('SELECT id FROM phase_history').all() as Array<{ id: string }>
    for (const { id } of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/)

    // Entry from the newest agreement, closure from the newest closure; an earlier episode's closure is not kept.
    expect(sqlite.prepare('SELECT id, entered_on, closed_on, closure_reason FROM clients ORDER BY id').all()).toEqual([
      { id: 'c1', entered_on: '2026-01-12', closed_on: null, closure_reason: null },
      { id: 'c2', entered_on: null, closed_on: null, closure_reason: null },
      { id: 'c3', entered_on: '2026-02-02', closed_on: null, closure_reason: null },
      { id: 'c4', entered_on: '2025-05-10', closed_on: '2025-12-01', closure_reason: 'moved' },
    ])

    // The THL codes named in the research are seeded; IEY30 is not (it could not be verified).
    const codes = (
      sqlite.prepare('SELECT code FROM procedure_codes ORDER BY code').all() as Array<{ code: string }>
    ).map((row) => row.code)
    expect(codes).toEqual(expect.arrayContaining(['IAB04', 'IEY07', 'IEV99', 'IHZ98', 'SPAT1404']))
    expect(codes).not.toContain('IEY30')

    // The new tables take rows linked to the old ones, and refuse orphans.
    sqlite.exec('DELETE FROM phase_history')
    fillProcessTables(sqlite, at)
    expect(sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 2 })
    expect(() =>
      sqlite.exec(`INSERT INTO jobs (id, client_id, employer_id, title, started_on, hours_per_week, contract_type,
        wage_subsidy, wage_as_coworkers, open_to_anyone, service_time_limit, created_at, updated_at)
        VALUES ('j9', 'nobody', 'e1', 'x', '2026-01-01', 1, 'permanent', 0, 1, 1, 0, 'x', 'x')`),
    ).toThrow(/FOREIGN KEY/)
    sqlite.close()
  })
})
