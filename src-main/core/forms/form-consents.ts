import { consentSummary, employerContactDecision, localToday, newestDisclosureDecision } from '../../shared/forms'
import type { Db } from '../db/open-database'
import { latestFinalisedValues } from './form-records'
import type { ClientConsents } from './form-types'

/** What the client currently allows, from the newest finalised cooperation agreement. */
export function clientConsents(db: Db, clientId: string, now = new Date()): ClientConsents {
  const today = localToday(now)
  const latest = latestFinalisedValues(db, clientId)
  const agreement = latest['cooperation-agreement']
  if (!agreement) return { source: null, today, parties: [], employerContact: null }
  const decision = newestDisclosureDecision({
    'disclosure-plan': latest['disclosure-plan']?.values,
    'vocational-profile': latest['vocational-profile']?.values,
  })
  return {
    source: {
      versionId: agreement.version.id,
      versionNumber: agreement.version.versionNumber,
      finalisedAt: agreement.version.finalisedAt,
    },
    today,
    parties: consentSummary(agreement.values, today),
    employerContact: employerContactDecision(agreement.values, today, decision),
  }
}
