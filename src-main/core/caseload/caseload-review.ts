// Etusivu: the caseload review of a day from the vault's records, with the names of the clients it lists.
import { inArray } from 'drizzle-orm'
import { reviewCaseload, type FidelityRecords } from '../../process'
import type { CaseloadReviewView } from '../../shared/api/caseload-api'
import { localToday } from '../../shared/dates/dates'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'
import { loadCaseloadRecords } from './caseload-records'

/**
 * The review of `today` (the computer's local date by default) over the caseload the client list shows (`records`:
 * read from the vault unless given, e.g. by CaseloadRecordsCache).
 */
export function caseloadReviewOf(
  db: Db,
  today: string = localToday(),
  records: FidelityRecords = loadCaseloadRecords(db),
): CaseloadReviewView {
  const review = reviewCaseload(records, today)
  const notEntered = records.clients.filter(
    (client) => !client.closedOn && (!client.enteredOn || client.enteredOn > today),
  ).length
  const ids = [...new Set(review.due.map((item) => item.clientId))]
  const rows =
    ids.length === 0
      ? []
      : db
          .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName })
          .from(clients)
          .where(inArray(clients.id, ids))
          .all()
  const names = Object.fromEntries(rows.map(({ id, firstName, lastName }) => [id, { firstName, lastName }]))
  return { today, review, notEntered, names }
}
