import type { BackupSettings } from '../../shared/api/backup-api'
import type { Db } from '../db/open-database'
import { readSettingValues, writeSettingValues } from '../settings/settings-store'

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
  const values = readSettingValues(db, Object.values(KEYS))
  const value = (key: string) => values.get(key) ?? null
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
  const values: Record<string, string | null> = {}
  for (const [name, value] of Object.entries(changes)) {
    const key = KEYS[name as keyof typeof KEYS]
    values[key] =
      value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value)
  }
  writeSettingValues(db, values, now)
}
