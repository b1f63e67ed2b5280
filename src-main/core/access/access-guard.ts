import type { MethodName } from '../../shared/api'
import { ApiError } from '../api/api-error'
import { appendAudit } from '../audit/audit-log'
import { presentClientId } from '../privacy/privacy-settings'
import type { Vault } from '../vault/vault'
import { ACCESS_RULES, type AccessRule } from './method-access'

/**
 * Repeated reads and autosaves of the same record within this time make one log entry: the log says who looked at
 * or changed what and when, without an entry per keystroke or per refetch.
 */
export const AUDIT_COALESCE_MS = 10 * 60_000

type Checked = { name: MethodName; rule: AccessRule<MethodName>; input: unknown; clients: string[] }

/**
 * The core's gate around every handler: while the client-present mode is on, refuses a call that would reach
 * another client's records (or all clients'), whatever the UI shows; after a call succeeded, writes its access-log
 * entry. Works only while the vault is open (a locked vault answers vault/locked by itself).
 */
export function createAccessGuard(vault: Vault) {
  const lastLogged = new Map<string, number>()
  vault.onLock(() => lastLogged.clear())

  function clientsReached(rule: AccessRule<MethodName>, input: unknown): string[] | 'all' | 'none' {
    if (rule.reaches === 'no-client') return 'none'
    if (rule.reaches === 'all-clients') return 'all'
    const ids = (rule.reaches as (input: unknown, db: typeof vault.db) => Array<string | null>)(input, vault.db)
    return [...new Set(ids.filter((id): id is string => id !== null))]
  }

  return {
    /** Before the handler. Throws `privacy/client-present` for a call the mode does not allow. */
    check(name: MethodName, input: unknown): Checked | null {
      if (!vault.isOpen) return null
      const rule = ACCESS_RULES[name] as AccessRule<MethodName>
      const reached = clientsReached(rule, input)
      const present = presentClientId(vault.db)
      if (present !== null) {
        if (reached === 'all' || (Array.isArray(reached) && reached.some((id) => id !== present))) {
          throw new ApiError('privacy/client-present')
        }
      }
      return { name, rule, input, clients: Array.isArray(reached) ? reached : [] }
    },

    /** After the handler succeeded: the access-log entry, coalesced with a recent one for the same record. */
    record(checked: Checked | null, output: unknown) {
      const action = checked?.rule.log
      if (!checked || !action || !vault.isOpen) return
      const { name, rule, input } = checked
      const clients = rule.logClient ? [rule.logClient(output as never)] : checked.clients
      const objectId = rule.object?.(input as never) ?? null
      const now = vault.now()
      for (const clientId of clients) {
        const key = action === 'view' ? `view|${clientId}` : `change|${clientId}|${name}|${objectId}`
        const previous = lastLogged.get(key)
        if (previous !== undefined && now.getTime() - previous < AUDIT_COALESCE_MS) continue
        appendAudit(vault.db, { action, clientId, method: name, objectId }, now)
        lastLogged.set(key, now.getTime())
      }
    },
  }
}

export type AccessGuard = ReturnType<typeof createAccessGuard>
