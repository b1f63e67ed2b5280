import { describe, expect, it } from 'vitest'
import { databaseAtVersion } from '../support/migration-helper'
import { dumpEveryTable, fillEveryTable, fillFidelityTables } from '../support/vault-rows'

const at = '2026-03-02T09:15:00.000Z'
/** The schema version before this migration (its file's number). */
const BEFORE = 6

describe('migrations', () => {
  it('0006_fidelity_reviews: keeps every row and adds the IPS-25 reviews with their items, linked', () => {
    const db = databaseAtVersion(BEFORE)
    fillEveryTable(db.sqlite)
    const before = dumpEveryTable(db.sqlite)
    db.migrateTo(BEFORE + 1)
    const sqlite = db.reopen()
    sqlite.pragma('foreign_keys = ON')
    const after = dumpEveryTable(sqlite)
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'schema_migrations') continue
      expect(after[table], table).toEqual(rows)
    }
    expect(after.fidelity_reviews).toEqual([])

    fillFidelityTables(sqlite, at)
    expect(sqlite.prepare('SELECT item, score, note FROM fidelity_review_items ORDER BY item').all()).toEqual([
      { item: 1, score: 5, note: null },
      { item: 2, score: 4, note: 'Osa ajasta muuhun työhön.' },
      { item: 3, score: null, note: null },
    ])
    expect(() =>
      sqlite.exec(`INSERT INTO fidelity_review_items (review_id, item, score) VALUES ('nobody', 1, 3)`),
    ).toThrow(/FOREIGN KEY/)
    expect(() => sqlite.exec(`INSERT INTO fidelity_review_items (review_id, item, score) VALUES ('f1', 1, 3)`)).toThrow(
      /UNIQUE|PRIMARY KEY/,
    )
    sqlite.close()
  })
})
