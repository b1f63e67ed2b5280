// What the home page shows of the register, read without loading it: the caseload per phase and the clients
// worked on last.
import { and, count, inArray, isNull, ne } from 'drizzle-orm'
import type { Caseload, RecentClient } from '../../shared/api/clients-api'
import type { ClientListItem } from '../../shared/clients/client-schema'
import type { Db, Sqlite } from '../db/open-database'
import { clients } from '../db/schema'
import { listColumns } from './client-list'

/** Open clients (active or waiting, not archived) per phase, counted from the partial index `clients_caseload`. */
export function caseload(db: Db): Caseload {
  const rows = db
    .select({ phase: clients.phase, count: count() })
    .from(clients)
    .where(and(isNull(clients.archivedAt), ne(clients.status, 'closed')))
    .groupBy(clients.phase)
    .all()
  const byPhase: Caseload['byPhase'] = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 }
  for (const row of rows)
    byPhase[row.phase === null ? 'none' : (String(row.phase) as `${1 | 2 | 3 | 4 | 5}`)] = row.count
  return { open: rows.reduce((sum, row) => sum + row.count, 0), byPhase }
}

/**
 * Every kind of work on a client, newest first: the client's details (a phase change touches them too), a form (a
 * draft save, a finalising, a signature or a new draft all touch `form_documents.updated_at`), a saved calculation,
 * the benefits recorded for the calculator, and a contact logged about the client. Each source is read through an index in time order and SQLite merges them (MERGE UNION ALL), so the
 * reading stops as soon as enough clients are found. A new kind of work on a client is one more line here.
 */
export const ACTIVITY_NEWEST_FIRST = `
  SELECT id AS clientId, updated_at AS at FROM clients
  UNION ALL SELECT client_id, updated_at FROM form_documents
  UNION ALL SELECT client_id, created_at FROM saved_calculations
  UNION ALL SELECT client_id, updated_at FROM client_benefits
  UNION ALL SELECT client_id, updated_at FROM contacts WHERE client_id IS NOT NULL
  ORDER BY at DESC`

/** The `limit` clients (archived ones left out) worked on last, with the time of that work. */
export function recentClients(store: { db: Db; sqlite: Sqlite }, limit = 6): RecentClient[] {
  const workedAt = new Map<string, string>()
  const archived = new Set<string>()
  const isArchived = store.sqlite.prepare('SELECT archived_at IS NOT NULL AS archived FROM clients WHERE id = ?')
  for (const row of store.sqlite.prepare(ACTIVITY_NEWEST_FIRST).iterate() as Iterable<{
    clientId: string
    at: string
  }>) {
    if (workedAt.has(row.clientId) || archived.has(row.clientId)) continue
    if ((isArchived.get(row.clientId) as { archived: number } | undefined)?.archived !== 0) {
      archived.add(row.clientId)
      continue
    }
    workedAt.set(row.clientId, row.at)
    if (workedAt.size >= limit) break
  }
  if (workedAt.size === 0) return []
  const items = store.db
    .select(listColumns)
    .from(clients)
    .where(inArray(clients.id, [...workedAt.keys()]))
    .all() as ClientListItem[]
  return items
    .map((item) => ({ ...item, workedAt: workedAt.get(item.id)! }))
    .sort((a, b) => b.workedAt.localeCompare(a.workedAt) || a.id.localeCompare(b.id))
}
