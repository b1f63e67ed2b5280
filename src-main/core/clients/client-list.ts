// The client list: one page in name order with the total, filtered and searched, without reading every client for a
// page (docs/api.md "Paging the client list").
import { and, asc, count, eq, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm'
import { CLIENT_PAGE_DEFAULT, type ClientFilter, type ClientPage, type clientsApi } from '../../shared/api/clients-api'
import type { ParsedInputOf } from '../../shared/api/endpoint'
import type { ClientListItem } from '../../shared/clients/client-schema'
import { foldForSearch } from '../../shared/text/search-text'
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

/** The order of every client list: the columns of the index `clients_list_order`. */
export const LIST_ORDER = [
  asc(sql`${clients.lastName} COLLATE NOCASE`),
  asc(sql`${clients.firstName} COLLATE NOCASE`),
  asc(clients.id),
]

/**
 * A search whose trigram matches are at most this many is "narrow": its matches are read through the trigram index
 * and sorted (a few hundred rows). More matches make it "broad": the page is read in the order index, where matches
 * are dense enough that the walk stops soon, and the total is counted from the folded search text.
 */
export const NARROW_SEARCH_MAX = 300

/**
 * One page of the clients that match, in the order of `clients_list_order` (last name, first name, case-insensitive,
 * then id), and how many match in all. Three ways, each without sorting or returning the whole register:
 * - no search: the page is read in index order and the walk stops at its end; the index holds the filter columns,
 *   so the total is counted from it without the rows;
 * - a narrow search (a word of 3+ letters with few trigram matches): only those matches are read and sorted;
 * - a broad search (many matches, or only words of 1–2 letters, which a trigram index cannot match): the page is
 *   read in index order testing each client's search text, and the total is one pass over the search text, which
 *   costs less than fetching thousands of matches through the trigram index (measured: `npm run bench`).
 */
export function listClients(db: Db, query: ClientListQuery = {}): ClientPage {
  const limit = query.limit ?? CLIENT_PAGE_DEFAULT
  const offset = query.offset ?? 0
  const { page, count } = listQueries(db, query)
  const items = page.all() as ClientListItem[]
  // A short page that is not past the end tells the total without counting.
  const total = items.length < limit && (items.length > 0 || offset === 0) ? offset + items.length : count.get()!.count
  return { items, total }
}

/** The page and count queries `listClients` runs for `query` (tests read their plans). */
export function listQueries(db: Db, query: ClientListQuery) {
  const words = searchWords(query.search)
  const trigramMatch = trigramQuery(words)
  const narrowKeys = trigramMatch ? narrowMatches(db, trigramMatch) : undefined
  const searchConditions = narrowKeys
    ? [withSearchKeys(narrowKeys), ...likeConditions(words, 'short')]
    : likeConditions(words, 'all')
  const where = and(...filterConditions(query), ...searchConditions)
  return {
    page: db
      .select(listColumns)
      .from(clients)
      .where(where)
      .orderBy(...LIST_ORDER)
      .limit(query.limit ?? CLIENT_PAGE_DEFAULT)
      .offset(query.offset ?? 0),
    count: db.select({ count: count() }).from(clients).where(where),
  }
}

/** The filters of the list (archived, status, phase), all answered from the index `clients_list_order`. */
export function filterConditions(query: ClientFilter): SQL[] {
  const conditions: SQL[] = []
  const archived = query.archived ?? 'exclude'
  if (archived === 'exclude') conditions.push(isNull(clients.archivedAt))
  if (archived === 'only') conditions.push(isNotNull(clients.archivedAt))
  if (query.status === 'open') conditions.push(ne(clients.status, 'closed'))
  else if (query.status) conditions.push(eq(clients.status, query.status))
  if (query.phase === 'none') conditions.push(isNull(clients.phase))
  else if (query.phase !== undefined) conditions.push(eq(clients.phase, query.phase))
  return conditions
}

/** The folded words of a search: every one must occur in the client's name, municipality or nurse. */
function searchWords(search: string | undefined): string[] {
  return foldForSearch(search ?? '')
    .split(' ')
    .filter(Boolean)
}

/**
 * The FTS5 query for the words of 3+ letters (drizzle/0002_client_search.sql): each a quoted phrase of its trigrams,
 * so it matches the word as a substring of the folded search text, as `LIKE '%word%'` does.
 */
function trigramQuery(words: string[]): string | undefined {
  const indexed = words.filter((word) => word.length >= 3)
  if (indexed.length === 0) return undefined
  return indexed.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ')
}

/**
 * The search keys of the clients the trigram index finds, if they are at most NARROW_SEARCH_MAX (it stops reading at
 * one more): the index is read once, and the page and the total look up only these clients.
 */
function narrowMatches(db: Db, match: string): number[] | undefined {
  const keys = db
    .all<{ key: number }>(
      sql`SELECT rowid AS key FROM clients_fts WHERE clients_fts MATCH ${match} LIMIT ${NARROW_SEARCH_MAX + 1}`,
    )
    .map((row) => row.key)
  return keys.length <= NARROW_SEARCH_MAX ? keys : undefined
}

function withSearchKeys(keys: number[]): SQL {
  return sql`${clients.id} IN (SELECT client_id FROM client_search_keys WHERE key IN (SELECT value FROM json_each(${JSON.stringify(keys)})))`
}

/** `LIKE '%word%'` on the folded search text for every word, or only for those the trigram index cannot match. */
function likeConditions(words: string[], which: 'all' | 'short'): SQL[] {
  return words
    .filter((word) => which === 'all' || word.length < 3)
    .map((word) => sql`${clients.searchText} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`)
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}
