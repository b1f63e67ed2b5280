import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'

export type Sqlite = Database.Database
export type Db = BetterSQLite3Database<typeof schema>

/** SQLITE_NOTADB: the first page does not decrypt (wrong key, or page 1 damaged). */
export class DatabaseNotReadableError extends Error {
  constructor() {
    super('The database key does not open this database')
    this.name = 'DatabaseNotReadableError'
  }
}

/** A page failed SQLCipher's HMAC or SQLite's structure check. */
export class DatabaseDamagedError extends Error {
  constructor(readonly reason: string) {
    super(`The database is damaged (${reason})`)
    this.name = 'DatabaseDamagedError'
  }
}

/** Fresh opening options: create a new file (vault creation) or require an existing one (every other time). */
export type OpenMode = { create: boolean }

/** better-sqlite3-multiple-ciphers adds sqlite3_key() as db.key(buffer); @types/better-sqlite3 does not know it. */
type CipherDatabase = { key(key: Buffer): number }

const HEX = Buffer.from('0123456789abcdef')

/**
 * SQLCipher's raw-key form x'<64 hex>' built straight into a Buffer, so no JavaScript string of the key ever
 * exists (strings cannot be zeroed and may be copied by the engine). The caller zeroes the buffer.
 */
function rawKeyLiteral(key: Buffer): Buffer {
  const literal = Buffer.alloc(3 + key.length * 2)
  literal[0] = 0x78 // x
  literal[1] = 0x27 // '
  for (let i = 0; i < key.length; i++) {
    literal[2 + 2 * i] = HEX[key[i]! >> 4]!
    literal[3 + 2 * i] = HEX[key[i]! & 15]!
  }
  literal[literal.length - 1] = 0x27
  return literal
}

/**
 * Opens (or creates) the vault database as SQLCipher 4, so `sqlcipher` and DB Browser for SQLCipher can open it
 * with the raw key: PRAGMA key = "x'<64 hex>'". The key goes to SQLCipher through sqlite3_key (db.key), not SQL.
 */
export function openEncryptedDatabase(file: string, key: Buffer | null, mode: OpenMode): Sqlite {
  const sqlite = new Database(file, { fileMustExist: !mode.create })
  try {
    if (key) {
      if (key.length !== 32) throw new Error('database key must be 32 bytes')
      sqlite.pragma(`cipher='sqlcipher'`)
      sqlite.pragma('legacy=4')
      const literal = rawKeyLiteral(key)
      try {
        ;(sqlite as unknown as CipherDatabase).key(literal)
      } finally {
        literal.fill(0)
      }
    }
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch (error) {
      throw classifySqliteError(error)
    }
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('secure_delete = ON')
    sqlite.pragma('temp_store = MEMORY')
    return sqlite
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * `PRAGMA quick_check`: reads every page (so SQLCipher verifies each page's HMAC) and checks the b-tree structure,
 * without the slower index-content checks of integrity_check. Throws DatabaseDamagedError.
 */
export function checkDatabaseIntegrity(sqlite: Sqlite) {
  let rows: Array<{ quick_check: string }>
  try {
    rows = sqlite.pragma('quick_check') as Array<{ quick_check: string }>
  } catch (error) {
    throw classifySqliteError(error)
  }
  if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') throw new DatabaseDamagedError('quick_check')
}

/** Maps SQLite's damage codes to our errors; anything else is passed on unchanged. */
export function classifySqliteError(error: unknown): unknown {
  const code = (error as { code?: string }).code
  if (code === 'SQLITE_NOTADB') return new DatabaseNotReadableError()
  if (code === 'SQLITE_CORRUPT' || code?.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_IOERR_SHORT_READ') {
    return new DatabaseDamagedError(code)
  }
  return error
}

export function toDrizzle(sqlite: Sqlite): Db {
  return drizzle(sqlite, { schema })
}
