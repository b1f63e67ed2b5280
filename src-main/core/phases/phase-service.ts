// The client's phase history: every change with its date and note; clients.phase follows the newest entry.
import { randomUUID } from 'node:crypto'
import { asc, desc, eq } from 'drizzle-orm'
import { currentPhaseEntry, type Phase, type PhaseEntry } from '../../shared/phases/phase-schema'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { clients, phaseHistory } from '../db/schema'
import type { Store } from '../db/store'

type Change = { clientId: string; phase: Phase; fromDate: string; maintenance: boolean; note: string | null }

export function listPhases(db: Db, clientId: string): PhaseEntry[] {
  requireClient(db, clientId)
  return db
    .select()
    .from(phaseHistory)
    .where(eq(phaseHistory.clientId, clientId))
    .orderBy(desc(phaseHistory.fromDate), desc(phaseHistory.createdAt))
    .all()
    .map(toEntry)
}

export function changePhase(store: Store, change: Change, now = new Date()): PhaseEntry[] {
  requireClient(store.db, change.clientId)
  store.sqlite.transaction(() => insertPhase(store.db, change, 'coach', now))()
  return listPhases(store.db, change.clientId)
}

export function removePhase(store: Store, entryId: string, now = new Date()): PhaseEntry[] {
  const entry = store.db.select().from(phaseHistory).where(eq(phaseHistory.id, entryId)).get()
  if (!entry) throw new ApiError('not-found')
  store.sqlite.transaction(() => {
    store.db.delete(phaseHistory).where(eq(phaseHistory.id, entryId)).run()
    syncCurrentPhase(store.db, entry.clientId, now)
  })()
  return listPhases(store.db, entry.clientId)
}

/** Inside the caller's transaction: a new entry, and clients.phase set to the newest. */
export function insertPhase(db: Db, change: Change, source: PhaseEntry['source'], now: Date) {
  db.insert(phaseHistory)
    .values({
      id: randomUUID(),
      clientId: change.clientId,
      phase: change.phase,
      fromDate: change.fromDate,
      maintenance: change.phase === 5 && change.maintenance,
      note: change.note,
      source,
      createdAt: now.toISOString(),
    })
    .run()
  syncCurrentPhase(db, change.clientId, now)
}

export function hasPhaseHistory(db: Db, clientId: string): boolean {
  return (
    db.select({ id: phaseHistory.id }).from(phaseHistory).where(eq(phaseHistory.clientId, clientId)).limit(1).get() !==
    undefined
  )
}

function syncCurrentPhase(db: Db, clientId: string, now: Date) {
  const entries = db
    .select()
    .from(phaseHistory)
    .where(eq(phaseHistory.clientId, clientId))
    .orderBy(asc(phaseHistory.fromDate))
    .all()
  const current = currentPhaseEntry(entries)
  db.update(clients)
    .set({ phase: current?.phase ?? null, updatedAt: now.toISOString() })
    .where(eq(clients.id, clientId))
    .run()
}

function requireClient(db: Db, clientId: string) {
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get()) {
    throw new ApiError('not-found')
  }
}

function toEntry(row: typeof phaseHistory.$inferSelect): PhaseEntry {
  return {
    id: row.id,
    phase: row.phase as Phase,
    fromDate: row.fromDate,
    maintenance: row.maintenance,
    note: row.note,
    source: row.source,
    createdAt: row.createdAt,
  }
}
