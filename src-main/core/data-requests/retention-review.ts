import { eq } from 'drizzle-orm'
import type { RetentionDueClient } from '../../shared/api/data-requests-api'
import { addMonths, localToday } from '../../shared/dates/dates'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'
import { readPrivacySettings } from '../privacy/privacy-settings'

/**
 * Closed clients whose retention period (Settings, default 10 years) has ended: counted from the closure form's
 * closing date, or from the client's last change when no closure was recorded. Oldest first.
 */
export function retentionReview(db: Db, now = new Date()): { retentionYears: number; clients: RetentionDueClient[] } {
  const { retentionYears } = readPrivacySettings(db)
  const today = localToday(now)
  const closed = db
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      closedOn: clients.closedOn,
      updatedAt: clients.updatedAt,
    })
    .from(clients)
    .where(eq(clients.status, 'closed'))
    .all()
  const due = closed
    .map((client): RetentionDueClient => {
      const closedOn = client.closedOn ?? client.updatedAt.slice(0, 10)
      return {
        id: client.id,
        firstName: client.firstName,
        lastName: client.lastName,
        closedOn,
        closedOnSource: client.closedOn ? 'closure' : 'last-change',
        dueOn: addMonths(closedOn, retentionYears * 12),
      }
    })
    .filter((client) => client.dueOn <= today)
    .toSorted((a, b) => a.dueOn.localeCompare(b.dueOn))
  return { retentionYears, clients: due }
}
