import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { loadMigrations, migrate, schemaVersion } from '../../../src-main/core/db/migrations'
import { openEncryptedDatabase, type Sqlite } from '../../../src-main/core/db/open-database'
import { MIGRATIONS_DIR, tempDir } from './temp-vault'

/**
 * Signal-style migration test helper: an encrypted database brought to schema `version`, ready for test
 * data, and a way to migrate it onwards. Use one test per schema change:
 *   const db = databaseAtVersion(N - 1); insert rows; db.migrateTo(N); assert the rows.
 */
export function databaseAtVersion(version: number) {
  const migrations = loadMigrations(MIGRATIONS_DIR)
  const key = randomBytes(32)
  const file = join(tempDir(), 'vault.db')
  const sqlite: Sqlite = openEncryptedDatabase(file, Buffer.from(key), { create: true })
  migrate(sqlite, migrations, version)
  return {
    sqlite,
    migrations,
    version: () => schemaVersion(sqlite),
    migrateTo: (target = migrations.length) => migrate(sqlite, migrations, target),
    /** Closes and reopens with the same key, as an app restart would. */
    reopen() {
      sqlite.close()
      return openEncryptedDatabase(file, Buffer.from(key), { create: true })
    },
  }
}
