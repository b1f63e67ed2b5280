import type { TFunction } from 'i18next'
import { ApiCallError } from '../../api/api-client'

/** A Finnish sentence for a failed vault call. */
export function vaultErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected')
  if (error.is('vault/wrong-passphrase')) {
    const seconds = error.details.retryAfterSeconds
    return seconds > 0 ? t('vault.errors.wrongPassphraseWait', { seconds }) : t('vault.errors.wrongPassphrase')
  }
  if (error.is('vault/wrong-recovery-key')) {
    const seconds = error.details.retryAfterSeconds
    return seconds > 0 ? t('vault.errors.wrongRecoveryKeyWait', { seconds }) : t('vault.errors.wrongRecoveryKey')
  }
  if (error.is('vault/too-many-attempts')) {
    return t('vault.errors.tooManyAttempts', { seconds: error.details.retryAfterSeconds })
  }
  switch (error.code) {
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
