import { ApiError } from '../api/api-error'
import { appendAudit } from '../audit/audit-log'
import { getClient } from '../clients/client-service'
import type { Vault } from '../vault/vault'
import { checkPin, resetPinAttempts } from './pin'
import { presentClientId, setPresentClient } from './privacy-settings'

/** "Asiakas paikalla": from now on the access guard lets only this client's data through. */
export function startClientPresent(vault: Vault, clientId: string) {
  const db = vault.db
  getClient(db, clientId) // not-found for a client that does not exist
  const current = presentClientId(db)
  if (current === clientId) return
  if (current !== null) throw new ApiError('privacy/client-present')
  const now = vault.now()
  // One transaction (the inner ones nest as savepoints): the mode and its log entry are written together.
  db.transaction(() => {
    setPresentClient(db, clientId, now)
    appendAudit(db, { action: 'present-start', clientId }, now)
  })
}

/** Ends the mode with the PIN or the passphrase; a refused try is logged before its error goes back. */
export async function endClientPresent(vault: Vault, secret: { pin: string } | { passphrase: string }) {
  const clientId = presentClientId(vault.db)
  if (clientId === null) return
  try {
    if ('pin' in secret) {
      await checkPin(vault.db, secret.pin, vault.now())
    } else {
      await vault.verifyPassphrase(secret.passphrase)
      resetPinAttempts(vault.db, vault.now())
    }
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'privacy/wrong-pin' || error.code === 'vault/wrong-passphrase')) {
      appendAudit(
        vault.db,
        { action: 'present-exit-refused', clientId, detail: { kind: 'pin' in secret ? 'pin' : 'passphrase' } },
        vault.now(),
      )
    }
    throw error
  }
  const now = vault.now()
  const db = vault.db
  db.transaction(() => {
    setPresentClient(db, null, now)
    appendAudit(db, { action: 'present-end', clientId }, now)
  })
}
