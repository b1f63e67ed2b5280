import { vaultApi } from '../../shared/api/vault-api'
import { implement } from '../api/implement'
import type { Vault } from './vault'

export function vaultHandlers(vault: Vault) {
  return implement(vaultApi, {
    'vault-status': () => vault.status(),
    'vault-create': ({ passphrase }) => vault.create(passphrase),
    'vault-unlock': ({ passphrase }) => vault.unlockWithPassphrase(passphrase),
    'vault-unlock-with-recovery-key': ({ recoveryKey, newPassphrase }) =>
      vault.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    'vault-change-passphrase': ({ currentPassphrase, newPassphrase }) => {
      vault.assertUnlocked() // the passphrase is changed from Settings, inside an open vault
      return vault.changePassphrase(currentPassphrase, newPassphrase)
    },
    'vault-lock': () => vault.lock(),
  })
}
