import { eq, inArray } from 'drizzle-orm'
import type { BackupSettings } from '../../shared/api/backup-api'
import type { Db } from '../db/open-database'
import { settings } from '../db/schema'

import { DEFAULT_BACKUPS_KEPT } from '../../shared/backup/backup-limits'

const KEYS = {
  folder: 'backup.folder',
  keep: 'backup.keep',
  lastAt: 'backup.last-at',
  lastAutomaticAt: 'backup.last-automatic-at',
  lastError: 'backup.last-error',
} as const

export type { BackupSettings }

export function readBackupSettings(db: Db): BackupSettings {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(KEYS)))
    .all()
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? null
  const lastError = value(KEYS.lastError)
  return {
    folder: value(KEYS.folder),
    keep: Number(value(KEYS.keep) ?? DEFAULT_BACKUPS_KEPT),
    lastAt: value(KEYS.lastAt),
    lastAutomaticAt: value(KEYS.lastAutomaticAt),
    lastError: lastError ? (JSON.parse(lastError) as BackupSettings['lastError']) : null,
  }
}

export function writeBackupSettings(db: Db, changes: Partial<BackupSettings>, now = new Date()) {
  const updatedAt = now.toISOString()
  db.transaction((tx) => {
    for (const [name, value] of Object.entries(changes)) {
      const key = KEYS[name as keyof typeof KEYS]
      if (value === null || value === undefined) {
        tx.delete(settings).where(eq(settings.key, key)).run()
        continue
      }
      const text = typeof value === 'string' ? value : JSON.stringify(value)
      tx.insert(settings)
        .values({ key, value: text, updatedAt })
        .onConflictDoUpdate({ target: settings.key, set: { value: text, updatedAt } })
        .run()
    }
  })
}
