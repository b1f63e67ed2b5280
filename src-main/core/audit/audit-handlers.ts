import { inArray } from 'drizzle-orm'
import { auditApi, type AuditListItem } from '../../shared/api/audit-api'
import { printRouteClient, printRouteTarget } from '../access/method-access'
import { implement } from '../api/implement'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'
import type { Vault } from '../vault/vault'
import { appendAudit, checkAuditChain, clientAuditEntries, recentAuditEntries } from './audit-log'

/** The access log's API, and its entries for unlocks and the wrong attempts counted while the vault was closed. */
export function auditHandlers(vault: Vault) {
  vault.onAudit((event, db) => {
    if (event.kind === 'unlocked') appendAudit(db, { action: 'unlock', detail: { kind: event.how } }, vault.now())
    else {
      const detail = { count: event.count, ...(event.since ? { since: event.since } : {}) }
      appendAudit(db, { action: 'wrong-secret', detail }, vault.now())
    }
  })
  return implement(auditApi, {
    'audit-client': ({ clientId }) => ({
      entries: clientAuditEntries(vault.db, clientId),
      verification: checkAuditChain(vault.db),
    }),
    'audit-recent': ({ limit, beforeSeq }) => ({
      entries: withClientNames(vault.db, recentAuditEntries(vault.db, limit, beforeSeq)),
      verification: checkAuditChain(vault.db),
    }),
    'audit-print': ({ route, how }) => {
      const objectId = printRouteTarget(route)?.id ?? null
      appendAudit(
        vault.db,
        {
          action: 'print',
          clientId: printRouteClient(vault.db, route),
          method: route.split('/')[2],
          objectId,
          detail: { kind: how },
        },
        vault.now(),
      )
    },
  })
}

/** Names are looked up now, for the screen: the log itself holds only client ids. */
function withClientNames(db: Db, entries: ReturnType<typeof recentAuditEntries>): AuditListItem[] {
  const ids = [...new Set(entries.map((entry) => entry.clientId).filter((id): id is string => id !== null))]
  const names = new Map(
    db
      .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName })
      .from(clients)
      .where(inArray(clients.id, ids))
      .all()
      .map(({ id, ...name }) => [id, name]),
  )
  return entries.map((entry) => ({ ...entry, client: entry.clientId ? (names.get(entry.clientId) ?? null) : null }))
}
