import { createHash } from 'node:crypto'
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm'
import type { AuditAction, AuditDetail, AuditEntry, AuditVerification } from '../../shared/api/audit-api'
import type { Db } from '../db/open-database'
import { auditLog } from '../db/schema'

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

export type NewAuditEntry = {
  action: AuditAction
  clientId?: string | null
  method?: string | null
  objectId?: string | null
  detail?: AuditDetail | null
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The hash of what a redaction removes: client, method, object and detail. */
export function contentHash(entry: {
  clientId: string | null
  method: string | null
  objectId: string | null
  detailJson: string | null
}): string {
  return sha256(JSON.stringify([entry.clientId, entry.method, entry.objectId, entry.detailJson]))
}

/** A row's place in the chain: its sequence number, time, action, content and the previous row's hash. */
export function chainHash(row: { seq: number; at: string; action: string; contentHash: string; prevHash: string }) {
  return sha256(JSON.stringify([row.seq, row.at, row.action, row.contentHash, row.prevHash]))
}

const appendedRows = new WeakMap<Db, number>()

/**
 * How many rows appendAudit has written through this connection: a reader that watches the connection's
 * total_changes() for writes to the records (CaseloadRecordsCache) subtracts these, so opening a page (a logged view)
 * does not count as a change to the caseload.
 */
export function auditRowsAppended(db: Db): number {
  return appendedRows.get(db) ?? 0
}

/** Appends one entry after the newest, in one transaction (reading the head and writing the row). */
export function appendAudit(db: Db, entry: NewAuditEntry, now = new Date()): number {
  const seq = appendInTransaction(db, entry, now)
  appendedRows.set(db, auditRowsAppended(db) + 1)
  return seq
}

function appendInTransaction(db: Db, entry: NewAuditEntry, now: Date): number {
  return db.transaction((tx) => {
    const head = tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1)
      .get()
    const content = {
      clientId: entry.clientId ?? null,
      method: entry.method ?? null,
      objectId: entry.objectId ?? null,
      detailJson: entry.detail ? JSON.stringify(entry.detail) : null,
    }
    const row = {
      seq: (head?.seq ?? 0) + 1,
      at: now.toISOString(),
      action: entry.action,
      contentHash: contentHash(content),
      prevHash: head?.hash ?? GENESIS_HASH,
    }
    tx.insert(auditLog)
      .values({ ...row, ...content, hash: chainHash(row), redacted: false })
      .run()
    return row.seq
  })
}

/** Where a verification stopped: the next run can go on from here (the rows before are append-only). */
export type ChainState = { seq: number; hash: string; redacted: number; declared: number; firstRedacted: number | null }

export const CHAIN_START: ChainState = { seq: 0, hash: GENESIS_HASH, redacted: 0, declared: 0, firstRedacted: null }

/**
 * Walks the chain from `from` (the start, or where the last check of this session ended): every row must follow the
 * one before, link to its hash, hash to what its fields give, and an unredacted row's content must match its content
 * hash. Redacted rows must be exactly as many as the deletion entries say they redacted (a row cannot be hidden by
 * marking it redacted). Rows are read a thousand at a time, so a long log costs time, not memory.
 */
export function verifyAuditChain(
  db: Db,
  from: ChainState = CHAIN_START,
): { verification: AuditVerification; state: ChainState } {
  let state = { ...from }
  for (const row of auditRowsAfter(db, from.seq)) {
    const redacted = row.redacted
    const intact =
      row.seq === state.seq + 1 &&
      row.prevHash === state.hash &&
      row.hash === chainHash(row) &&
      (redacted
        ? row.clientId === null && row.method === null && row.objectId === null && row.detailJson === null
        : row.contentHash === contentHash(row))
    if (!intact) return { verification: { ok: false, entries: state.seq, firstBadSeq: row.seq }, state: from }
    state = {
      seq: row.seq,
      hash: row.hash,
      redacted: state.redacted + (redacted ? 1 : 0),
      declared:
        state.declared +
        (!redacted && row.action === 'client-deleted' && row.detailJson
          ? ((JSON.parse(row.detailJson) as AuditDetail).redactedEntries ?? 0)
          : 0),
      firstRedacted: state.firstRedacted ?? (redacted ? row.seq : null),
    }
  }
  if (state.redacted !== state.declared) {
    return {
      verification: { ok: false, entries: state.seq, firstBadSeq: state.firstRedacted ?? state.seq },
      state: from,
    }
  }
  return { verification: { ok: true, entries: state.seq, head: state.hash }, state }
}

function* auditRowsAfter(db: Db, seq: number) {
  for (let after = seq; ;) {
    const batch = db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(1000).all()
    if (batch.length === 0) return
    yield* batch
    after = batch.at(-1)!.seq
  }
}

/** Per open database (a new one at every unlock): how far this session has verified the chain. */
const verified = new WeakMap<Db, ChainState>()

/** Verifies the rows added since this session's last check (all of them the first time after an unlock). */
export function checkAuditChain(db: Db): AuditVerification {
  const { verification, state } = verifyAuditChain(db, verified.get(db) ?? CHAIN_START)
  if (verification.ok) verified.set(db, state)
  return verification
}

type AuditRow = typeof auditLog.$inferSelect

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    action: row.action as AuditAction,
    clientId: row.clientId,
    method: row.method,
    objectId: row.objectId,
    detail: row.detailJson ? (JSON.parse(row.detailJson) as AuditDetail) : null,
    redacted: row.redacted,
  }
}

/** One client's entries, oldest first. */
export function clientAuditEntries(db: Db, clientId: string): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.clientId, clientId))
    .orderBy(asc(auditLog.seq))
    .all()
    .map(toAuditEntry)
}

/** The newest entries, newest first; `beforeSeq` pages back. */
export function recentAuditEntries(db: Db, limit: number, beforeSeq?: number): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(beforeSeq === undefined ? undefined : lt(auditLog.seq, beforeSeq))
    .orderBy(desc(auditLog.seq))
    .limit(limit)
    .all()
    .map(toAuditEntry)
}

/**
 * The documented deletion path (permanent deletion of a client): the client's rows lose client, method, object and
 * detail, keeping time, action and hashes. Returns how many rows were redacted. Runs inside the caller's transaction.
 */
export function redactClientAudit(db: Db, clientId: string): number {
  verified.delete(db) // rows already checked change: the next check starts again from the first row
  return db
    .update(auditLog)
    .set({ redacted: true, clientId: null, method: null, objectId: null, detailJson: null })
    .where(and(eq(auditLog.clientId, clientId), eq(auditLog.redacted, false)))
    .run().changes
}

/** The number of entries, for tests and the log page. */
export function auditEntryCount(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .get()?.n ?? 0
  )
}
