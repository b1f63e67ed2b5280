import { randomUUID } from 'node:crypto'
import { and, asc, count, eq, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm'
import { CLIENT_PAGE_DEFAULT, type ClientFilter, type ClientPage, type clientsApi } from '../../shared/api/clients-api'
import type { ParsedInputOf } from '../../shared/api/endpoint'
import { checkHenkilotunnus } from '../../shared/clients/henkilotunnus'
import type { Client, ClientFields, ClientListItem } from '../../shared/clients/client-schema'
import { foldForSearch } from '../../shared/text/search-text'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'

export type ClientListQuery = ParsedInputOf<(typeof clientsApi)['clients-list']>

export const listColumns = {
  id: clients.id,
  firstName: clients.firstName,
  lastName: clients.lastName,
  phase: clients.phase,
  status: clients.status,
  municipality: clients.municipality,
  archivedAt: clients.archivedAt,
  updatedAt: clients.updatedAt,
}

/**
 * One page of the clients that match the filters, in the order of the index `clients_list_order` (last name, first
 * name, case-insensitive, then id), and how many match in all. Without a search the page is read in index order and
 * the scan stops at its end; the total is counted from the same index (it holds the filter columns). With a search
 * the matches are found through the trigram index, and the total comes with the page in the same pass.
 */
export function listClients(db: Db, query: ClientListQuery = {}): ClientPage {
  const limit = query.limit ?? CLIENT_PAGE_DEFAULT
  const offset = query.offset ?? 0
  const where = and(...listConditionsFor(query))
  const searching = foldForSearch(query.search ?? '') !== ''
  const rows = db
    .select({ ...listColumns, ...(searching ? { total: sql<number>`count(*) over ()` } : {}) })
    .from(clients)
    .where(where)
    .orderBy(...LIST_ORDER)
    .limit(limit)
    .offset(offset)
    .all()
  const items = rows.map(({ total: _total, ...item }: { total?: number }) => item) as ClientListItem[]
  const first = rows[0] as { total?: number } | undefined
  let total: number
  if (first?.total !== undefined) total = first.total
  else if (items.length < limit && (items.length > 0 || offset === 0)) total = offset + items.length
  else total = db.select({ count: count() }).from(clients).where(where).get()!.count
  return { items, total }
}

/** The order of every client list: the columns of the index `clients_list_order`. */
export const LIST_ORDER = [
  asc(sql`${clients.lastName} COLLATE NOCASE`),
  asc(sql`${clients.firstName} COLLATE NOCASE`),
  asc(clients.id),
]

export function listConditionsFor(query: ClientFilter): SQL[] {
  const conditions: SQL[] = []
  const archived = query.archived ?? 'exclude'
  if (archived === 'exclude') conditions.push(isNull(clients.archivedAt))
  if (archived === 'only') conditions.push(isNotNull(clients.archivedAt))
  if (query.status === 'open') conditions.push(ne(clients.status, 'closed'))
  else if (query.status) conditions.push(eq(clients.status, query.status))
  if (query.phase === 'none') conditions.push(isNull(clients.phase))
  else if (query.phase !== undefined) conditions.push(eq(clients.phase, query.phase))
  const search = searchConditions(query.search ?? '')
  if (search) conditions.push(search)
  return conditions
}

export function getClient(db: Db, id: string): Client {
  const row = db.select().from(clients).where(eq(clients.id, id)).get()
  if (!row) throw new ApiError('not-found')
  return toClient(row)
}

export function createClient(db: Db, fields: ClientFields, now = new Date()): Client {
  const timestamp = now.toISOString()
  const row = {
    id: randomUUID(),
    ...withDerivedFields(fields),
    archivedAt: null,
    createdAt: timestamp,
    updatedAt: timestamp,
  }
  db.insert(clients).values(row).run()
  return toClient(row)
}

export function updateClient(db: Db, id: string, fields: ClientFields, now = new Date()): Client {
  const result = db
    .update(clients)
    .set({ ...withDerivedFields(fields), updatedAt: now.toISOString() })
    .where(eq(clients.id, id))
    .run()
  if (result.changes === 0) throw new ApiError('not-found')
  return getClient(db, id)
}

export function setClientArchived(db: Db, id: string, archived: boolean, now = new Date()): Client {
  const timestamp = now.toISOString()
  const result = db
    .update(clients)
    .set({ archivedAt: archived ? timestamp : null, updatedAt: timestamp })
    .where(eq(clients.id, id))
    .run()
  if (result.changes === 0) throw new ApiError('not-found')
  return getClient(db, id)
}

function withDerivedFields(fields: ClientFields) {
  const fromHenkilotunnus = fields.henkilotunnus ? checkHenkilotunnus(fields.henkilotunnus) : null
  const dateOfBirth = fields.dateOfBirth ?? (fromHenkilotunnus?.valid ? fromHenkilotunnus.dateOfBirth : null)
  const searchText = foldForSearch(
    [fields.firstName, fields.lastName, fields.municipality, fields.nurseName].filter(Boolean).join(' '),
  )
  return { ...fields, dateOfBirth, searchText }
}

function toClient(row: typeof clients.$inferSelect): Client {
  const { searchText: _searchText, ...client } = row
  return { ...client, phase: client.phase as Client['phase'] }
}

/**
 * Every word of the search must occur somewhere in the client's folded search text (names, municipality, nurse).
 * Words of three or more characters go through the trigram index `clients_fts` (drizzle/0002_client_search.sql), so a
 * search does not read every client; shorter words, which a trigram index cannot match, filter what it found (or,
 * alone, scan the names: one or two letters).
 */
function searchConditions(search: string): SQL | undefined {
  const words = foldForSearch(search).split(' ').filter(Boolean)
  if (words.length === 0) return undefined
  const indexed = words.filter((word) => word.length >= 3)
  const conditions: SQL[] = words
    .filter((word) => word.length < 3)
    .map((word) => sql`${clients.searchText} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`)
  if (indexed.length > 0) {
    const match = indexed.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ')
    conditions.unshift(
      sql`${clients.id} IN (SELECT k.client_id FROM clients_fts f JOIN client_search_keys k ON k.key = f.rowid
        WHERE clients_fts MATCH ${match})`,
    )
  }
  return and(...conditions)
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}
