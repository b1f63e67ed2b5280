import { backupApi } from '../../shared/api/backup-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { appendAudit } from '../audit/audit-log'
import { backupStatus, checkBackupFolder, createBackupNow, runAutomaticBackup } from './backup-service'
import { writeBackupSettings } from './backup-settings'
import { RestoreStaging } from './restore'

/** Backups and restore; also makes the automatic backup when the vault locks or the app quits. */
export function backupHandlers(vault: Vault) {
  const restore = new RestoreStaging(vault)
  vault.beforeLock(({ sqlite }) => runAutomaticBackup(vault, sqlite))
  vault.onLock(() => restore.cancel())
  return implement(backupApi, {
    'backup-status': () => backupStatus(vault),
    'backup-settings-set': ({ folder, keep }) => {
      vault.assertUnlocked()
      if (folder) checkBackupFolder(folder)
      writeBackupSettings(vault.db, { folder, keep })
      return backupStatus(vault)
    },
    'backup-create': () => {
      const { fileName, bytes } = createBackupNow(vault)
      return { fileName, data: bytes.toString('base64') }
    },
    'backup-restore-begin': ({ size }) => restore.begin(size),
    'backup-restore-chunk': ({ uploadId, offset, data }) =>
      restore.chunk(uploadId, offset, Buffer.from(data, 'base64')),
    'backup-restore-check': ({ uploadId, ...secret }) => restore.check(uploadId, secret),
    'backup-restore-apply': async ({ uploadId }) => {
      const summary = await restore.apply(uploadId)
      appendAudit(vault.db, { action: 'restore', detail: { backupCreatedAt: summary.createdAt } }, vault.now())
      return summary
    },
    'backup-restore-cancel': () => restore.cancel(),
  })
}
