import { z } from 'zod'
import { newPassphraseSchema } from '../../shared/vault/passphrase-rules'
import { method } from '../api/define-method'
import type { Vault } from './vault'

const passphrase = z.string().min(1).max(1024)
const recoveryKey = z.string().min(1).max(200)

export function vaultHandlers(vault: Vault) {
  return {
    'vault-status': method(z.object({}), () => vault.status()),
    'vault-create': method(
      z.object({ passphrase: newPassphraseSchema, replaceExisting: z.boolean().optional() }),
      ({ passphrase, replaceExisting }) => vault.create(passphrase, { replaceExisting }),
    ),
    'vault-unlock': method(z.object({ passphrase }), ({ passphrase }) => vault.unlockWithPassphrase(passphrase)),
    'vault-unlock-with-recovery-key': method(
      z.object({ recoveryKey, newPassphrase: newPassphraseSchema }),
      ({ recoveryKey, newPassphrase }) => vault.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    ),
    'vault-change-passphrase': method(
      z.object({ currentPassphrase: passphrase, newPassphrase: newPassphraseSchema }),
      ({ currentPassphrase, newPassphrase }) => vault.changePassphrase(currentPassphrase, newPassphrase),
    ),
    'vault-recovery-key-pending': method(z.object({}), () => vault.pendingRecoveryKey()),
    'vault-recovery-key-confirm': method(z.object({ recoveryKey }), ({ recoveryKey }) =>
      vault.confirmRecoveryKey(recoveryKey),
    ),
    'vault-recovery-key-renew': method(z.object({ passphrase }), ({ passphrase }) =>
      vault.renewRecoveryKey(passphrase),
    ),
    'vault-lock': method(z.object({}), () => vault.lock()),
  }
}
