// The procedure-code table: THL's codes shipped with the app (migration 0003) and the county's own, each dated.
import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { ProcedureCode } from '../../shared/procedure-codes/procedure-code-schema'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { procedureCodes } from '../db/schema'

type NewCode = {
  code: string
  label: string
  classification: ProcedureCode['classification']
  validFrom: string
  validTo: string | null
}

export function listProcedureCodes(db: Db): ProcedureCode[] {
  return db
    .select()
    .from(procedureCodes)
    .orderBy(asc(procedureCodes.code), asc(procedureCodes.validFrom))
    .all()
    .map(toCode)
}

export function addProcedureCode(db: Db, input: NewCode, now = new Date()): ProcedureCode {
  const clash = db
    .select({ id: procedureCodes.id })
    .from(procedureCodes)
    .where(and(eq(procedureCodes.code, input.code), eq(procedureCodes.validFrom, input.validFrom)))
    .get()
  if (clash) throw new ApiError('procedure-codes/duplicate')
  const timestamp = now.toISOString()
  const row = { id: randomUUID(), ...input, source: 'county' as const, createdAt: timestamp, updatedAt: timestamp }
  db.insert(procedureCodes).values(row).run()
  return toCode(row)
}

/** Sets the last day of use (null: in use again). Codes are never deleted: contacts keep the code they were given. */
export function endProcedureCode(db: Db, id: string, validTo: string | null, now = new Date()): ProcedureCode {
  const row = db.select().from(procedureCodes).where(eq(procedureCodes.id, id)).get()
  if (!row) throw new ApiError('not-found')
  if (validTo !== null && row.validFrom !== null && validTo < row.validFrom) {
    throw new ApiError('records/ends-before-start')
  }
  db.update(procedureCodes).set({ validTo, updatedAt: now.toISOString() }).where(eq(procedureCodes.id, id)).run()
  return toCode({ ...row, validTo })
}

export function procedureCodeById(db: Db, id: string) {
  return db.select().from(procedureCodes).where(eq(procedureCodes.id, id)).get()
}

/** The seeded national codes (for tests and defaults). */
export function seededCode(db: Db, code: string) {
  return db
    .select()
    .from(procedureCodes)
    .where(and(eq(procedureCodes.code, code), isNull(procedureCodes.validFrom)))
    .get()
}

function toCode(row: typeof procedureCodes.$inferSelect): ProcedureCode {
  return {
    id: row.id,
    code: row.code,
    label: row.label,
    classification: row.classification,
    validFrom: row.validFrom,
    validTo: row.validTo,
    source: row.source,
  }
}
