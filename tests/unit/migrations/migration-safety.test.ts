import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ForeignKeyViolationError, loadMigrations, migrate, type Migration } from '../../../src-main/core/db/migrations'
import { databaseAtVersion } from '../support/migration-helper'
import { MIGRATIONS_DIR } from '../support/temp-vault'

/** What drizzle-kit writes when a column change needs a table rebuild (SQLite has no ALTER COLUMN). */
function rebuildClientsMigration(version: number, createClients: string): Migration {
  return {
    version,
    tag: `${String(version - 1).padStart(4, '0')}_rebuild_clients`,
    statements: [
      'PRAGMA foreign_keys=OFF;',
      createClients.replace(/CREATE TABLE [`"]?clients[`"]?/, 'CREATE TABLE `__new_clients`'),
      'INSERT INTO `__new_clients` SELECT * FROM `clients`;',
      'DROP TABLE `clients`;',
      'ALTER TABLE `__new_clients` RENAME TO `clients`;',
      'PRAGMA foreign_keys=ON;',
      'CREATE INDEX `clients_archived_last_name` ON `clients` (`archived_at`,`last_name`);',
    ],
  }
}

/** The newest schema version: a database with every migration applied. */
const NEWEST = loadMigrations(MIGRATIONS_DIR).length

const CLIENT_ROW = `INSERT INTO clients (id, first_name, last_name, status, search_text, created_at, updated_at)
  VALUES ('c1', 'Aino', 'Virtanen', 'active', 'aino virtanen', 'x', 'x')`
const DOCUMENT_ROW = `INSERT INTO form_documents (id, client_id, form_id, created_at, updated_at)
  VALUES ('d1', 'c1', 'referral', 'x', 'x')`

describe('migration safety', () => {
  it('rebuilds a parent table that has child rows, with foreign keys checked before the commit', () => {
    const db = databaseAtVersion(NEWEST)
    db.sqlite.exec(CLIENT_ROW)
    db.sqlite.exec(DOCUMENT_ROW)
    const createClients = (
      db.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'clients'`).get() as { sql: string }
    ).sql
    const migrations = [...db.migrations, rebuildClientsMigration(db.migrations.length + 1, createClients)]
    expect(migrate(db.sqlite, migrations)).toBe(migrations.length)
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.sqlite.prepare('SELECT client_id FROM form_documents').all()).toEqual([{ client_id: 'c1' }])
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([])
  })

  it('rolls back a migration that leaves rows pointing at missing parents, and turns foreign keys back on', () => {
    const db = databaseAtVersion(NEWEST)
    db.sqlite.exec(CLIENT_ROW)
    db.sqlite.exec(DOCUMENT_ROW)
    const orphaning: Migration = {
      version: db.migrations.length + 1,
      tag: 'orphaning',
      statements: [`DELETE FROM clients WHERE id = 'c1'`],
    }
    expect(() => migrate(db.sqlite, [...db.migrations, orphaning])).toThrow(ForeignKeyViolationError)
    expect(db.version()).toBe(db.migrations.length)
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 1 })
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('every migration in drizzle/ has a test here whose title starts with its tag', () => {
    const tags = readdirSync(MIGRATIONS_DIR)
      .filter((file) => file.endsWith('.sql'))
      .map((file) => file.replace(/\.sql$/, ''))
    expect(tags.length).toBeGreaterThan(0)
    const titles = readdirSync(import.meta.dirname)
      .filter((file) => file.endsWith('.test.ts'))
      .flatMap((file) => [...readFileSync(join(import.meta.dirname, file), 'utf8').matchAll(/\bit\(\s*'([^']+)'/g)])
      .map((match) => match[1]!)
    const untested = tags.filter((tag) => !titles.some((title) => title.startsWith(`${tag}:`)))
    expect(untested, 'add a migration test titled "<tag>: …" in tests/unit/migrations/').toEqual([])
  })
})
