import { z } from 'zod'
import { newPassphraseSchema } from '../vault/passphrase-rules'
import { endpoint } from './endpoint'

export type VaultState = 'no-vault' | 'locked' | 'unlocked'
export type VaultStatus = { state: VaultState; retryAfterSeconds: number }

const passphrase = z.string().min(1).max(1024)

export const vaultApi = {
  'vault-status': endpoint<VaultStatus>()(z.object({})),
  'vault-create': endpoint<{ recoveryKey: string }>()(z.object({ passphrase: newPassphraseSchema })),
  'vault-unlock': endpoint()(z.object({ passphrase })),
  'vault-unlock-with-recovery-key': endpoint()(
    z.object({ recoveryKey: z.string().min(1).max(200), newPassphrase: newPassphraseSchema }),
  ),
  'vault-change-passphrase': endpoint()(
    z.object({ currentPassphrase: passphrase, newPassphrase: newPassphraseSchema }),
  ),
  'vault-lock': endpoint()(z.object({})),
}
