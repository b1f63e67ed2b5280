import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../db/open-database'
import { settings } from '../db/schema'

/** The stored values of `keys` (a key that is not stored is absent from the map). */
export function readSettingValues(db: Db, keys: readonly string[]): Map<string, string> {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, [...keys]))
    .all()
  return new Map(rows.map((row) => [row.key, row.value]))
}

/** Writes values in one transaction; null removes the key. */
export function writeSettingValues(db: Db, values: Record<string, string | null>, now = new Date()) {
  const updatedAt = now.toISOString()
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === null) {
        tx.delete(settings).where(eq(settings.key, key)).run()
        continue
      }
      tx.insert(settings)
        .values({ key, value, updatedAt })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } })
        .run()
    }
  })
}
