import { z } from 'zod'
import { MAX_BACKUP_BYTES, MAX_BACKUPS_KEPT, RESTORE_CHUNK_BYTES } from '../backup/backup-limits'
import { endpoint } from './endpoint'
import type { ApiErrorCode } from './errors'

export type BackupSettings = {
  /** Where automatic backups go; null: no automatic backups. */
  folder: string | null
  keep: number
  lastAt: string | null
  lastAutomaticAt: string | null
  /** The last automatic backup that failed, e.g. the USB stick was not there. */
  lastError: { at: string; code: ApiErrorCode } | null
}

export type BackupStatus = BackupSettings & { vaultCreatedAt: string }

/** What a backup holds, shown to the coach before it replaces the vault. */
export type RestoreSummary = {
  createdAt: string
  schemaVersion: number
  clients: number
  forms: number
}

const uploadId = z.uuid()
const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)

export const backupApi = {
  'backup-status': endpoint<BackupStatus>()(z.object({})),
  'backup-settings-set': endpoint<BackupStatus>()(
    z.object({
      folder: z.string().trim().min(1).max(4096).nullable(),
      keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT),
    }),
  ),
  /** A backup now, as a file for the browser to download (the desktop app uses shell-save-backup). */
  'backup-create': endpoint<{ fileName: string; data: string }>()(z.object({})),
  // Restore works locked, unlocked or with no vault at all: it is how a damaged or lost vault comes back.
  'backup-restore-begin': endpoint<{ uploadId: string }>()(
    z.object({ size: z.number().int().min(1).max(MAX_BACKUP_BYTES) }),
  ),
  'backup-restore-chunk': endpoint<{ received: number }>()(
    z.object({ uploadId, offset: z.number().int().min(0), data: base64(RESTORE_CHUNK_BYTES) }),
  ),
  'backup-restore-check': endpoint<RestoreSummary>()(
    z.union([
      z.object({ uploadId, passphrase: z.string().min(1).max(1024) }),
      z.object({ uploadId, recoveryKey: z.string().min(1).max(200) }),
    ]),
  ),
  'backup-restore-apply': endpoint<RestoreSummary>()(z.object({ uploadId })),
  'backup-restore-cancel': endpoint()(z.object({ uploadId })),
}
