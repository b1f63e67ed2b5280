import type { Db, Sqlite } from './open-database'

/** What a service that writes needs of the vault: the drizzle db, and the raw handle for its transactions. */
export type Store = { db: Db; sqlite: Sqlite }
