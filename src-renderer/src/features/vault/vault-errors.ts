import type { TFunction } from 'i18next'
import { ApiCallError } from '../../api/api-client'

/** A Finnish sentence for a failed vault call. */
export function vaultErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected')
  const retryAfterSeconds = Number(error.details.retryAfterSeconds ?? 0)
  switch (error.code) {
    case 'vault/wrong-passphrase':
      return retryAfterSeconds > 0
        ? t('vault.errors.wrongPassphraseWait', { seconds: retryAfterSeconds })
        : t('vault.errors.wrongPassphrase')
    case 'vault/wrong-recovery-key':
      return retryAfterSeconds > 0
        ? t('vault.errors.wrongRecoveryKeyWait', { seconds: retryAfterSeconds })
        : t('vault.errors.wrongRecoveryKey')
    case 'vault/too-many-attempts':
      return t('vault.errors.tooManyAttempts', { seconds: retryAfterSeconds })
    case 'vault/database-key-mismatch':
      return t('vault.errors.databaseKeyMismatch')
    case 'vault/database-from-newer-app':
      return t('vault.errors.databaseFromNewerApp')
    case 'vault/already-exists':
      return t('vault.errors.alreadyExists')
    default:
      return t('errors.unexpected')
  }
}
