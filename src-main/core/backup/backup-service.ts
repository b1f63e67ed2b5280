import { randomUUID } from 'node:crypto'
import { accessSync, constants, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { ApiError } from '../api/api-error'
import { schemaVersion } from '../db/migrations'
import { toDrizzle, type Sqlite } from '../db/open-database'
import { writeFileDurably } from '../files/durable-file'
import type { Vault } from '../vault/vault'
import { appendAudit } from '../audit/audit-log'
import { BACKUP_FILE_PATTERN, backupFileName, encodeBackup } from './backup-file'
import { readBackupSettings, writeBackupSettings } from './backup-settings'
import type { BackupStatus } from '../../shared/api/backup-api'

/**
 * A consistent copy of the open database, still encrypted with the vault's key: `VACUUM INTO` reads it in one
 * transaction while the app runs (SQLite's backup API refuses encrypted sources in SQLite3MultipleCiphers).
 * The copy is made in the data folder, read and removed; it is never in plaintext.
 */
export function makeBackup(
  vault: Vault,
  sqlite: Sqlite = vault.sqlite,
  now = vault.now(),
): { fileName: string; bytes: Buffer } {
  const keyFile = vault.existingKeyFile()
  const temporary = join(vault.dataDir, `backup-${randomUUID()}.tmp`)
  try {
    sqlite.prepare('VACUUM INTO ?').run(temporary)
    const database = readFileSync(temporary)
    const bytes = encodeBackup(
      {
        createdAt: now.toISOString(),
        schemaVersion: schemaVersion(sqlite),
        keys: { createdAt: keyFile.createdAt, passphrase: keyFile.passphrase, recovery: keyFile.recovery },
      },
      database,
    )
    return { fileName: backupFileName(now), bytes }
  } finally {
    rmSync(temporary, { force: true })
  }
}

/** "Varmuuskopioi": the backup's bytes for a download or the save dialog; remembered as the last backup. */
export function createBackupNow(vault: Vault) {
  const now = vault.now()
  appendAudit(vault.db, { action: 'backup', detail: { kind: 'manual' } }, now)
  const backup = makeBackup(vault, vault.sqlite, now)
  writeBackupSettings(vault.db, { lastAt: now.toISOString() }, now)
  return backup
}

/** Writes a backup to a path the coach chose (Electron's save dialog). */
export function saveBackupTo(vault: Vault, path: string): { fileName: string } {
  appendAudit(vault.db, { action: 'backup', detail: { kind: 'file' } }, vault.now())
  const { fileName, bytes } = makeBackup(vault)
  writeFileDurably(path, bytes)
  writeBackupSettings(vault.db, { lastAt: vault.now().toISOString() })
  return { fileName }
}

/** A folder automatic backups can go to: absolute, existing, a folder, writable. */
export function checkBackupFolder(folder: string) {
  try {
    if (!isAbsolute(folder) || !statSync(folder).isDirectory()) throw new Error('not a folder')
    accessSync(folder, constants.W_OK)
  } catch {
    throw new ApiError('backup/folder-unavailable')
  }
}

/**
 * At most one automatic backup a day, made when the vault locks or the app quits, into the folder set in Settings;
 * only the newest `keep` of the app's own backup files are kept there. A failure is remembered and shown; it never
 * stops the vault from locking.
 */
export function runAutomaticBackup(vault: Vault, sqlite: Sqlite) {
  const db = toDrizzle(sqlite)
  const settings = readBackupSettings(db)
  const now = vault.now()
  if (!settings.folder || sameLocalDay(settings.lastAutomaticAt, now)) return
  try {
    checkBackupFolder(settings.folder)
    appendAudit(db, { action: 'backup', detail: { kind: 'automatic' } }, now)
    const { fileName, bytes } = makeBackup(vault, sqlite, now)
    writeFileDurably(join(settings.folder, fileName), bytes)
    pruneOldBackups(settings.folder, settings.keep)
    writeBackupSettings(db, { lastAt: now.toISOString(), lastAutomaticAt: now.toISOString(), lastError: null }, now)
  } catch (error) {
    const code = error instanceof ApiError ? error.code : 'backup/write-failed'
    writeBackupSettings(db, { lastError: { at: now.toISOString(), code } }, now)
  }
}

export function pruneOldBackups(folder: string, keep: number) {
  const ours = readdirSync(folder)
    .filter((name) => BACKUP_FILE_PATTERN.test(name))
    .toSorted()
  for (const name of ours.slice(0, Math.max(0, ours.length - keep))) rmSync(join(folder, name), { force: true })
}

function sameLocalDay(iso: string | null, now: Date): boolean {
  if (!iso) return false
  const then = new Date(iso)
  return then.toDateString() === now.toDateString()
}

export function backupStatus(vault: Vault): BackupStatus {
  return { ...readBackupSettings(vault.db), vaultCreatedAt: vault.existingKeyFile().createdAt }
}
