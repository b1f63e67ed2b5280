import { z } from 'zod'
import { newPassphraseSchema } from '../vault/passphrase-rules'
import { endpoint } from './endpoint'

export type VaultState = 'no-vault' | 'locked' | 'unlocked' | 'damaged'

/** What is wrong with the vault's files when its state is 'damaged'. */
export type VaultFileProblem =
  'vault/key-file-damaged' | 'vault/key-file-missing' | 'vault/database-missing' | 'vault/database-empty'

export type VaultStatus = {
  state: VaultState
  retryAfterSeconds: number
  /** The vault is open but its recovery key has not been typed back yet: the app shows the key sheet. */
  recoveryKeyPending: boolean
  /** What is wrong when state is 'damaged'. */
  problem: VaultFileProblem | null
  /** The key file was unreadable and its second copy is in use (the next unlock rewrites both). */
  keyFileCopyInUse: boolean
  /** The data folder, shown to the coach in Help and when something is damaged. */
  dataDir: string
}

const passphrase = z.string().min(1).max(1024)
const recoveryKey = z.string().min(1).max(200)

export const vaultApi = {
  'vault-status': endpoint<VaultStatus>()(z.object({})),
  /** `replaceExisting`: the coach chose to start over; the old files are moved aside, never overwritten. */
  'vault-create': endpoint<{ recoveryKey: string }>()(
    z.object({ passphrase: newPassphraseSchema, replaceExisting: z.boolean().optional() }),
  ),
  'vault-unlock': endpoint()(z.object({ passphrase })),
  'vault-unlock-with-recovery-key': endpoint()(z.object({ recoveryKey, newPassphrase: newPassphraseSchema })),
  'vault-change-passphrase': endpoint()(
    z.object({ currentPassphrase: passphrase, newPassphrase: newPassphraseSchema }),
  ),
  /** The recovery key waiting to be typed back (after creation, or renewed at unlock when it never was). */
  'vault-recovery-key-pending': endpoint<{ recoveryKey: string; vaultCreatedAt: string }>()(z.object({})),
  'vault-recovery-key-confirm': endpoint()(z.object({ recoveryKey })),
  /** A new recovery key (shown, then confirmed); the old one stops working. */
  'vault-recovery-key-renew': endpoint()(z.object({ passphrase })),
  'vault-lock': endpoint()(z.object({})),
}
