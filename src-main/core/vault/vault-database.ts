import { ApiError } from '../api/api-error'
import {
  DatabaseFromNewerAppError,
  ForeignKeyViolationError,
  migrate,
  schemaVersion,
  type Migration,
} from '../db/migrations'
import {
  checkDatabaseIntegrity,
  DatabaseDamagedError,
  DatabaseNotReadableError,
  openEncryptedDatabase,
  type Sqlite,
} from '../db/open-database'
import type { KeyFile } from './key-file'
import type { VaultFiles } from './vault-files'

export type OpenDatabaseMode = { create: true } | { create: false; keyFile: KeyFile }

/**
 * Opens the vault's database with `dataKey` and brings it up to date. Never makes a new file unless creating; on
 * unlock it checks the file is there and not empty, that it belongs to the key file, and runs `PRAGMA quick_check`
 * (every page's HMAC and the b-tree structure). Each kind of damage becomes its own ApiError, never 'internal'.
 */
export function openVaultDatabase(
  files: VaultFiles,
  dataKey: Buffer,
  mode: OpenDatabaseMode,
  migrations: Migration[],
): Sqlite {
  let sqlite: Sqlite | null = null
  try {
    if (!mode.create) {
      const state = files.inspect()
      if (state.kind === 'damaged') throw new ApiError(state.problem)
    }
    sqlite = openEncryptedDatabase(files.dbPath, dataKey, { create: mode.create })
    if (!mode.create) {
      checkDatabaseIntegrity(sqlite)
      if (schemaVersion(sqlite) === 0) throw new ApiError('vault/database-empty')
    }
    migrate(sqlite, migrations)
    return sqlite
  } catch (error) {
    sqlite?.close()
    throw explainOpenError(error, files, mode)
  }
}

function explainOpenError(error: unknown, files: VaultFiles, mode: OpenDatabaseMode): unknown {
  if (error instanceof ApiError) return error
  if (error instanceof DatabaseNotReadableError) {
    // SQLCipher's salt is stored in the clear: if it is the one recorded, the key is right and page 1 is damaged;
    // otherwise the key file belongs to another vault.
    const recorded = mode.create ? undefined : mode.keyFile.databaseSalt
    if (recorded && recorded === files.databaseSalt()) return new ApiError('vault/database-damaged')
    return new ApiError('vault/database-key-mismatch')
  }
  if (error instanceof DatabaseDamagedError) return new ApiError('vault/database-damaged')
  if (error instanceof DatabaseFromNewerAppError) return new ApiError('vault/database-from-newer-app')
  if (error instanceof ForeignKeyViolationError) return new ApiError('vault/migration-failed')
  if (!mode.create && (error as { code?: string }).code?.startsWith('SQLITE_')) {
    return new ApiError('vault/migration-failed')
  }
  return error
}
