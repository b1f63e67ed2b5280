import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { checkHenkilotunnus } from '../../shared/clients/henkilotunnus'
import type { Client, ClientFields } from '../../shared/clients/client-schema'
import { foldForSearch } from '../../shared/text/search-text'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'

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
