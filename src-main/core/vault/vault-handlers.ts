import { vaultApi } from '../../shared/api/vault-api'
import { implement } from '../api/implement'
import type { Vault } from './vault'

export function vaultHandlers(vault: Vault) {
  return implement(vaultApi, {
    'vault-status': () => vault.status(),
    'vault-create': ({ passphrase, replaceExisting }) => vault.create(passphrase, { replaceExisting }),
    'vault-unlock': ({ passphrase }) => vault.unlockWithPassphrase(passphrase),
    'vault-unlock-with-recovery-key': ({ recoveryKey, newPassphrase }) =>
      vault.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    'vault-change-passphrase': ({ currentPassphrase, newPassphrase }) =>
      vault.changePassphrase(currentPassphrase, newPassphrase),
    'vault-recovery-key-pending': () => vault.pendingRecoveryKey(),
    'vault-recovery-key-confirm': ({ recoveryKey }) => vault.confirmRecoveryKey(recoveryKey),
    'vault-recovery-key-renew': ({ passphrase }) => vault.renewRecoveryKey(passphrase),
    'vault-lock': () => vault.lock(),
  })
}
