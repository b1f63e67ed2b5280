import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'

export type Sqlite = Database.Database
export type Db = BetterSQLite3Database<typeof schema>

export class WrongDatabaseKeyError extends Error {
  constructor() {
    super('The database key does not open this database')
    this.name = 'WrongDatabaseKeyError'
  }
}

/**
 * Opens (or creates) the vault database as SQLCipher 4, so `sqlcipher` and DB Browser for SQLCipher
 * can open it with the raw key: PRAGMA key = "x'<64 hex>'".
 */
export function openEncryptedDatabase(file: string, key: Buffer | null): Sqlite {
  const sqlite = new Database(file)
  try {
    if (key) {
      if (key.length !== 32) throw new Error('database key must be 32 bytes')
      sqlite.pragma(`cipher='sqlcipher'`)
      sqlite.pragma('legacy=4')
      sqlite.pragma(`key="x'${key.toString('hex')}'"`)
    }
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongDatabaseKeyError()
      throw error
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

export function toDrizzle(sqlite: Sqlite): Db {
  return drizzle(sqlite, { schema })
}
