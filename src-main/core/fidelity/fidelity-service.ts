// IPS-25 fidelity reviews: saved and dated, each with all 25 items, the records' suggestions of its day, and the
// review before it to compare with. Scores, band and next review date come from the process engine.
import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, lt, ne } from 'drizzle-orm'
import {
  compareFidelityReviews,
  FIDELITY_ITEM_NUMBERS,
  prefillFidelity,
  scoreFidelityReview,
  type FidelityPrefill,
  type FidelityScore,
  type FidelityScores,
} from '../../process'
import type {
  FidelityReview,
  FidelityReviewFields,
  FidelityReviewSummary,
} from '../../shared/fidelity/fidelity-review-schema'
import { ApiError } from '../api/api-error'
import { loadCaseloadRecords } from '../caseload/caseload-records'
import type { Db } from '../db/open-database'
import { fidelityReviewItems, fidelityReviews } from '../db/schema'

type ReviewRow = typeof fidelityReviews.$inferSelect
type ItemRow = typeof fidelityReviewItems.$inferSelect

/** The records' suggestions on the review day (archived clients count: the review looks back a year). */
export function fidelityPrefillOf(db: Db, reviewedOn: string, employmentSpecialists = 1): FidelityPrefill {
  return prefillFidelity(loadCaseloadRecords(db, { includeArchived: true }), { reviewedOn, employmentSpecialists })
}

function scoresOf(items: readonly ItemRow[]): FidelityScores {
  const scores: FidelityScores = {}
  for (const row of items) if (row.score !== null) scores[row.item as 1] = row.score as FidelityScore
  return scores
}

function summaryOf(row: ReviewRow, items: readonly ItemRow[]): FidelityReviewSummary {
  const result = scoreFidelityReview({ reviewedOn: row.reviewedOn, scores: scoresOf(items) })
  return {
    id: row.id,
    reviewedOn: row.reviewedOn,
    reviewType: row.reviewType,
    unit: row.unit,
    total: result.total,
    scored: 25 - result.missing.length,
    complete: result.complete,
    band: result.band,
    nextReviewOn: result.nextReviewOn,
    updatedAt: row.updatedAt,
  }
}

function itemsOf(db: Db, reviewId: string): ItemRow[] {
  return db
    .select()
    .from(fidelityReviewItems)
    .where(eq(fidelityReviewItems.reviewId, reviewId))
    .orderBy(asc(fidelityReviewItems.item))
    .all()
}

export function listFidelityReviews(db: Db): FidelityReviewSummary[] {
  const items = new Map<string, ItemRow[]>()
  for (const row of db.select().from(fidelityReviewItems).all()) {
    items.set(row.reviewId, [...(items.get(row.reviewId) ?? []), row])
  }
  return db
    .select()
    .from(fidelityReviews)
    .orderBy(desc(fidelityReviews.reviewedOn), desc(fidelityReviews.createdAt))
    .all()
    .map((row) => summaryOf(row, items.get(row.id) ?? []))
}

function reviewOf(db: Db, row: ReviewRow): FidelityReview {
  const items = itemsOf(db, row.id)
  const byItem = new Map(items.map((item) => [item.item, item]))
  const previousRow = newestBefore(db, row.reviewedOn, row.id)
  const previousItems = previousRow ? itemsOf(db, previousRow.id) : []
  return {
    ...summaryOf(row, items),
    reviewers: row.reviewers,
    employmentSpecialists: row.employmentSpecialists,
    items: FIDELITY_ITEM_NUMBERS.map((item) => ({
      item,
      score: (byItem.get(item)?.score ?? null) as FidelityScore | null,
      note: byItem.get(item)?.note ?? null,
    })),
    strengths: row.strengths,
    actionPlan: row.actionPlan,
    prefill: row.prefillJson ? (JSON.parse(row.prefillJson) as FidelityPrefill) : null,
    previous: previousRow
      ? {
          ...summaryOf(previousRow, previousItems),
          comparison: compareFidelityReviews(scoresOf(previousItems), scoresOf(items)),
        }
      : null,
    createdAt: row.createdAt,
  }
}

/** The newest review dated before `before` (of two on one day, the one saved later), other than `excludeId`. */
function newestBefore(db: Db, before: string, excludeId?: string): ReviewRow | undefined {
  return db
    .select()
    .from(fidelityReviews)
    .where(and(lt(fidelityReviews.reviewedOn, before), excludeId ? ne(fidelityReviews.id, excludeId) : undefined))
    .orderBy(desc(fidelityReviews.reviewedOn), desc(fidelityReviews.createdAt))
    .get()
}

export function getFidelityReview(db: Db, id: string): FidelityReview {
  const row = db.select().from(fidelityReviews).where(eq(fidelityReviews.id, id)).get()
  if (!row) throw new ApiError('not-found')
  return reviewOf(db, row)
}

export function previousFidelityReview(db: Db, before: string, excludeId?: string): FidelityReview | null {
  const row = newestBefore(db, before, excludeId)
  return row ? reviewOf(db, row) : null
}

/** Saves a new review or changes one, with all 25 items, in one transaction; returns it as saved. */
export function saveFidelityReview(
  db: Db,
  id: string | undefined,
  fields: FidelityReviewFields,
  now = new Date(),
): FidelityReview {
  const prefill = fidelityPrefillOf(db, fields.reviewedOn, fields.employmentSpecialists)
  const timestamp = now.toISOString()
  const values = {
    reviewedOn: fields.reviewedOn,
    reviewType: fields.reviewType,
    unit: fields.unit,
    reviewers: fields.reviewers,
    employmentSpecialists: fields.employmentSpecialists,
    strengths: fields.strengths,
    actionPlan: fields.actionPlan,
    prefillJson: JSON.stringify(prefill),
    updatedAt: timestamp,
  }
  const given = new Map(fields.items.map((entry) => [entry.item, entry]))
  const reviewId = db.transaction((tx) => {
    let reviewId = id
    if (reviewId === undefined) {
      reviewId = randomUUID()
      tx.insert(fidelityReviews)
        .values({ id: reviewId, ...values, createdAt: timestamp })
        .run()
    } else {
      const changed = tx.update(fidelityReviews).set(values).where(eq(fidelityReviews.id, reviewId)).run()
      if (changed.changes === 0) throw new ApiError('not-found')
      tx.delete(fidelityReviewItems).where(eq(fidelityReviewItems.reviewId, reviewId)).run()
    }
    tx.insert(fidelityReviewItems)
      .values(
        FIDELITY_ITEM_NUMBERS.map((item) => ({
          reviewId: reviewId!,
          item,
          score: given.get(item)?.score ?? null,
          note: given.get(item)?.note ?? null,
        })),
      )
      .run()
    return reviewId
  })
  return getFidelityReview(db, reviewId)
}

export function deleteFidelityReview(db: Db, id: string): null {
  db.transaction((tx) => {
    tx.delete(fidelityReviewItems).where(eq(fidelityReviewItems.reviewId, id)).run()
    const removed = tx.delete(fidelityReviews).where(eq(fidelityReviews.id, id)).run()
    if (removed.changes === 0) throw new ApiError('not-found')
  })
  return null
}
