import { z } from 'zod'
import { MAX_BACKUPS_KEPT, RESTORE_CHUNK_BYTES } from '../../shared/backup/backup-limits'
import { method } from '../api/define-method'
import type { Vault } from '../vault/vault'
import { backupStatus, checkBackupFolder, createBackupNow, runAutomaticBackup } from './backup-service'
import { writeBackupSettings } from './backup-settings'
import { MAX_BACKUP_BYTES, RestoreStaging } from './restore'

const uploadId = z.uuid()
const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)

/** Backups and restore; also makes the automatic backup when the vault locks or the app quits. */
export function backupHandlers(vault: Vault) {
  const restore = new RestoreStaging(vault)
  vault.beforeLock(({ sqlite }) => runAutomaticBackup(vault, sqlite))
  vault.onLock(() => restore.cancel())
  return {
    'backup-status': method(z.object({}), () => backupStatus(vault)),
    'backup-settings-set': method(
      z.object({
        folder: z.string().trim().min(1).max(4096).nullable(),
        keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT),
      }),
      ({ folder, keep }) => {
        vault.assertUnlocked()
        if (folder) checkBackupFolder(folder)
        writeBackupSettings(vault.db, { folder, keep })
        return backupStatus(vault)
      },
    ),
    'backup-create': method(z.object({}), () => {
      const { fileName, bytes } = createBackupNow(vault)
      return { fileName, data: bytes.toString('base64') }
    }),
    // Restore works locked, unlocked or with no vault at all: it is how a damaged or lost vault comes back.
    'backup-restore-begin': method(z.object({ size: z.number().int().min(1).max(MAX_BACKUP_BYTES) }), ({ size }) =>
      restore.begin(size),
    ),
    'backup-restore-chunk': method(
      z.object({ uploadId, offset: z.number().int().min(0), data: base64(RESTORE_CHUNK_BYTES) }),
      ({ uploadId, offset, data }) => restore.chunk(uploadId, offset, Buffer.from(data, 'base64')),
    ),
    'backup-restore-check': method(
      z.union([
        z.object({ uploadId, passphrase: z.string().min(1).max(1024) }),
        z.object({ uploadId, recoveryKey: z.string().min(1).max(200) }),
      ]),
      ({ uploadId, ...secret }) => restore.check(uploadId, secret),
    ),
    'backup-restore-apply': method(z.object({ uploadId }), ({ uploadId }) => restore.apply(uploadId)),
    'backup-restore-cancel': method(z.object({ uploadId }), () => restore.cancel()),
  }
}
