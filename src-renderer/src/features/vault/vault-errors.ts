import type { ParseKeys, TFunction } from 'i18next'
import type { ApiErrorCode } from '@shared/api'
import { ApiCallError } from '../../api/api-client'
import { validationText } from '../../i18n/validation-text'

/** Codes that mean the vault's files are damaged or missing: the screen offers a restore from backup. */
export const DAMAGE_CODES: readonly ApiErrorCode[] = [
  'vault/key-file-damaged',
  'vault/key-file-missing',
  'vault/database-missing',
  'vault/database-empty',
  'vault/database-damaged',
  'vault/database-key-mismatch',
]

const MESSAGES: Partial<Record<ApiErrorCode, ParseKeys>> = {
  'vault/too-many-attempts': 'vault.errors.tooManyAttempts',
  'vault/attempt-not-recorded': 'vault.errors.attemptNotRecorded',
  'vault/database-key-mismatch': 'vault.errors.databaseKeyMismatch',
  'vault/database-from-newer-app': 'vault.errors.databaseFromNewerApp',
  'vault/key-file-damaged': 'vault.errors.keyFileDamaged',
  'vault/key-file-missing': 'vault.errors.keyFileMissing',
  'vault/database-missing': 'vault.errors.databaseMissing',
  'vault/database-empty': 'vault.errors.databaseEmpty',
  'vault/database-damaged': 'vault.errors.databaseDamaged',
  'vault/migration-failed': 'vault.errors.migrationFailed',
  'vault/recovery-key-mismatch': 'vault.errors.recoveryKeyMismatch',
  'vault/already-exists': 'vault.errors.alreadyExists',
  'backup/invalid-file': 'backup.errors.invalidFile',
  'backup/damaged': 'backup.errors.damaged',
  'backup/wrong-secret': 'backup.errors.wrongSecret',
  'backup/from-newer-app': 'backup.errors.fromNewerApp',
  'backup/too-large': 'backup.errors.tooLarge',
  'backup/folder-unavailable': 'backup.errors.folderUnavailable',
  'backup/write-failed': 'backup.errors.writeFailed',
}

/** The Finnish message for a vault or backup error code (also for problems found without a call). */
export function vaultProblemMessage(code: ApiErrorCode, t: TFunction, retryAfterSeconds = 0): string {
  if (code === 'vault/wrong-passphrase') {
    return retryAfterSeconds > 0
      ? t('vault.errors.wrongPassphraseWait', { seconds: retryAfterSeconds })
      : t('vault.errors.wrongPassphrase')
  }
  if (code === 'vault/wrong-recovery-key') {
    return retryAfterSeconds > 0
      ? t('vault.errors.wrongRecoveryKeyWait', { seconds: retryAfterSeconds })
      : t('vault.errors.wrongRecoveryKey')
  }
  const key = MESSAGES[code]
  return key ? t(key, { seconds: retryAfterSeconds }) : t('errors.unexpected')
}

/** A Finnish sentence for a failed vault or backup call. */
export function vaultErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected')
  if (error.code === 'invalid-input' && error.issues[0]) return validationText(t, error.issues[0].message)
  const retryAfterSeconds =
    error.is('vault/wrong-passphrase') || error.is('vault/wrong-recovery-key') || error.is('vault/too-many-attempts')
      ? error.details.retryAfterSeconds
      : 0
  return vaultProblemMessage(error.code, t, retryAfterSeconds)
}

export function isDamageError(error: unknown): boolean {
  return error instanceof ApiCallError && DAMAGE_CODES.includes(error.code)
}
