import { z } from 'zod'
import { newPassphraseSchema } from '../../shared/vault/passphrase-rules'
import { method } from '../api/define-method'
import type { Vault } from './vault'

const passphrase = z.string().min(1).max(1024)

export function vaultHandlers(vault: Vault) {
  return {
    'vault-status': method(z.object({}), () => vault.status()),
    'vault-create': method(z.object({ passphrase: newPassphraseSchema }), ({ passphrase }) => vault.create(passphrase)),
    'vault-unlock': method(z.object({ passphrase }), ({ passphrase }) => vault.unlockWithPassphrase(passphrase)),
    'vault-unlock-with-recovery-key': method(
      z.object({ recoveryKey: z.string().min(1).max(200), newPassphrase: newPassphraseSchema }),
      ({ recoveryKey, newPassphrase }) => vault.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    ),
    'vault-change-passphrase': method(
      z.object({ currentPassphrase: passphrase, newPassphrase: newPassphraseSchema }),
      ({ currentPassphrase, newPassphrase }) => {
        vault.assertUnlocked() // the passphrase is changed from Settings, inside an open vault
        return vault.changePassphrase(currentPassphrase, newPassphrase)
      },
    ),
    'vault-lock': method(z.object({}), () => vault.lock()),
  }
}
