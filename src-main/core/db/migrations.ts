import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Sqlite } from './open-database'

export type Migration = { version: number; tag: string; statements: string[] }

export class DatabaseFromNewerAppError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(`database schema ${databaseVersion} is newer than this app knows (${appVersion})`)
    this.name = 'DatabaseFromNewerAppError'
  }
}

/** Reads the SQL migrations drizzle-kit generated (drizzle/meta/_journal.json + drizzle/NNNN_tag.sql). */
export function loadMigrations(folder: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>
  }
  return journal.entries
    .toSorted((a, b) => a.idx - b.idx)
    .map((entry) => ({
      version: entry.idx + 1,
      tag: entry.tag,
      statements: readFileSync(join(folder, `${entry.tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((statement) => statement.trim())
        .filter(Boolean),
    }))
}

export function schemaVersion(sqlite: Sqlite): number {
  ensureMigrationTable(sqlite)
  const row = sqlite.prepare('SELECT max(version) AS version FROM schema_migrations').get() as {
    version: number | null
  }
  return row.version ?? 0
}

export class ForeignKeyViolationError extends Error {
  constructor(readonly violations: number) {
    super(`a migration left ${violations} rows pointing at missing parents`)
    this.name = 'ForeignKeyViolationError'
  }
}

/**
 * Brings the database to `targetVersion` (default: the newest) in one transaction: a failing migration
 * leaves the database exactly as it was. Refuses a database written by a newer app.
 *
 * Foreign keys are switched off before the transaction (SQLite ignores the pragma inside one, so drizzle-kit's own
 * `PRAGMA foreign_keys=OFF` in a table-rebuild migration does nothing there), `PRAGMA foreign_key_check` must find
 * no orphan before the commit, and they are switched back on afterwards, whatever happened.
 */
export function migrate(sqlite: Sqlite, migrations: Migration[], targetVersion = migrations.length): number {
  const current = schemaVersion(sqlite)
  const newest = migrations.length
  if (current > newest) throw new DatabaseFromNewerAppError(current, newest)
  const pending = migrations.filter((m) => m.version > current && m.version <= targetVersion)
  if (pending.length === 0) return current
  const record = sqlite.prepare('INSERT INTO schema_migrations (version, tag, applied_at) VALUES (?, ?, ?)')
  const foreignKeysWereOn = sqlite.pragma('foreign_keys', { simple: true }) === 1
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.statements) sqlite.exec(statement)
        record.run(migration.version, migration.tag, new Date().toISOString())
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[]
      if (violations.length > 0) throw new ForeignKeyViolationError(violations.length)
    })()
  } finally {
    if (foreignKeysWereOn) sqlite.pragma('foreign_keys = ON')
  }
  return pending.at(-1)!.version
}

function ensureMigrationTable(sqlite: Sqlite) {
  sqlite.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, tag TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
}
