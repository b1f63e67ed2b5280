import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { checkHenkilotunnus } from '../../shared/clients/henkilotunnus'
import type { Client, ClientFields, ClientListItem } from '../../shared/clients/client-schema'
import { foldForSearch } from '../../shared/text/search-text'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'

export type ClientListQuery = { search?: string; includeArchived?: boolean }

const listColumns = {
  id: clients.id,
  firstName: clients.firstName,
  lastName: clients.lastName,
  phase: clients.phase,
  status: clients.status,
  municipality: clients.municipality,
  archivedAt: clients.archivedAt,
  updatedAt: clients.updatedAt,
  lastWorkedAt: lastWorkedAt(),
}

/**
 * When the coach last worked on the client: the client's details, a form (draft saved, finalised, signed), the
 * benefits recorded for the calculator or a saved calculation, a phase change, a contact, a job or studies, whichever
 * was written last. ISO timestamps compare as text; SQLite's max() of several arguments is NULL if any is, hence the
 * coalesce.
 */
function lastWorkedAt(): SQL<string> {
  const latest = [
    sql`(SELECT max(d.updated_at) FROM form_documents d WHERE d.client_id = ${clients.id})`,
    sql`(SELECT max(s.recorded_at) FROM form_signatures s JOIN form_versions v ON v.id = s.version_id
      JOIN form_documents d ON d.id = v.document_id WHERE d.client_id = ${clients.id})`,
    sql`(SELECT b.updated_at FROM client_benefits b WHERE b.client_id = ${clients.id})`,
    sql`(SELECT max(c.created_at) FROM saved_calculations c WHERE c.client_id = ${clients.id})`,
    sql`(SELECT max(p.created_at) FROM phase_history p WHERE p.client_id = ${clients.id})`,
    sql`(SELECT max(c.updated_at) FROM contacts c WHERE c.client_id = ${clients.id})`,
    sql`(SELECT max(j.updated_at) FROM jobs j WHERE j.client_id = ${clients.id})`,
    sql`(SELECT max(e.updated_at) FROM education e WHERE e.client_id = ${clients.id})`,
  ]
  return sql<string>`max(${clients.updatedAt}, ${sql.join(
    latest.map((part) => sql`coalesce(${part}, '')`),
    sql`, `,
  )})`
}

export function listClients(db: Db, query: ClientListQuery = {}): ClientListItem[] {
  const conditions: SQL[] = []
  if (!query.includeArchived) conditions.push(isNull(clients.archivedAt))
  const search = searchConditions(query.search ?? '')
  if (search) conditions.push(search)
  return db
    .select(listColumns)
    .from(clients)
    .where(and(...conditions))
    .orderBy(asc(sql`${clients.lastName} COLLATE NOCASE`), asc(sql`${clients.firstName} COLLATE NOCASE`))
    .all() as ClientListItem[]
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
    phase: null,
    enteredOn: null,
    closedOn: null,
    closureReason: null,
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
  return {
    ...client,
    phase: client.phase as Client['phase'],
    situationAtReferral: client.situationAtReferral as Client['situationAtReferral'],
    careTeamFrequency: client.careTeamFrequency as Client['careTeamFrequency'],
    closureReason: client.closureReason as Client['closureReason'],
  }
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
