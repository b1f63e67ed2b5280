// What a finalised form records about the client beyond itself: the IPS entry, the closure, the situation at referral.
import { eq } from 'drizzle-orm'
import type { ClosureReason } from '../../process'
import { isIsoDate, readString, type FormValues } from '../../shared/forms'
import type { SituationAtReferral } from '../../shared/clients/client-schema'
import type { Db } from '../db/open-database'
import { clients } from '../db/schema'
import { hasPhaseHistory, insertPhase } from '../phases/phase-service'

/** The closure form's reasons as the reports count them. */
const CLOSURE_REASON_OF: Record<string, ClosureReason> = {
  'client-wish': 'client-wish',
  'not-reached': 'not-reached',
  'support-completed': 'goal-reached',
  'not-progressing': 'not-progressing',
  'moved-away': 'moved',
}

/** The referral's "current situation" as the client record keeps it. */
const SITUATION_OF: Record<string, SituationAtReferral> = {
  unemployed: 'unemployed',
  'employed-sick-leave': 'sick-leave',
  'employed-at-risk': 'working',
  student: 'studying',
  pension: 'pension',
  other: 'other',
}

/**
 * Runs inside the finalising transaction. The cooperation agreement records the IPS entry (its entry date; phase 1
 * begins then if the client has no phase yet; a closure older than the entry belonged to an earlier episode and is
 * cleared), the closure form the closure date and reason, the referral the situation at referral and the referral
 * date when the client record has none. Phase changes beyond phase 1 are the coach's decision (suggested in the UI).
 */
export function applyFormToClient(db: Db, clientId: string, formId: string, values: FormValues, now: Date) {
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get()
  if (!client) return
  const timestamp = now.toISOString()
  if (formId === 'cooperation-agreement') {
    const entryDate = readString(values, 'entryDate')
    if (!isIsoDate(entryDate)) return
    const reopened = client.closedOn !== null && client.closedOn < entryDate
    db.update(clients)
      .set({
        enteredOn: entryDate,
        ...(reopened ? { closedOn: null, closureReason: null } : {}),
        ...(client.status === 'waiting' || reopened ? { status: 'active' as const } : {}),
        updatedAt: timestamp,
      })
      .where(eq(clients.id, clientId))
      .run()
    if (!hasPhaseHistory(db, clientId)) {
      insertPhase(db, { clientId, phase: 1, fromDate: entryDate, maintenance: false, note: null }, 'agreement', now)
    }
  } else if (formId === 'closure') {
    const closureDate = readString(values, 'closureDate')
    if (!isIsoDate(closureDate)) return
    db.update(clients)
      .set({
        closedOn: closureDate,
        closureReason: CLOSURE_REASON_OF[readString(values, 'reason')] ?? 'other',
        status: 'closed',
        updatedAt: timestamp,
      })
      .where(eq(clients.id, clientId))
      .run()
  } else if (formId === 'referral') {
    const situation = SITUATION_OF[readString(values, 'currentSituation')]
    const referralDate = readString(values, 'referralDate')
    db.update(clients)
      .set({
        ...(client.situationAtReferral === null && situation ? { situationAtReferral: situation } : {}),
        ...(client.referralDate === null && isIsoDate(referralDate) ? { referralDate } : {}),
        updatedAt: timestamp,
      })
      .where(eq(clients.id, clientId))
      .run()
  }
}
