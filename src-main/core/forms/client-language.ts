import type { ClientLanguage } from '../../shared/api/forms-api'
import type { Db } from '../db/open-database'
import { latestFinalisedValues } from './form-records'

/**
 * The client's language of service (asiointikieli) as the forms record it: the latest cooperation agreement's answer,
 * else the newest finalised form that asks it. Documents about the client (the calculation) are printed in it.
 */
export function clientLanguage(db: Db, clientId: string): ClientLanguage {
  const latest = Object.values(latestFinalisedValues(db, clientId))
  const agreement = latest.find((entry) => entry.version.formId === 'cooperation-agreement')
  const answered = [agreement, ...latest.sort((a, b) => b.version.finalisedAt.localeCompare(a.version.finalisedAt))]
  const found = answered.find((entry) => typeof entry?.values.language === 'string' && entry.values.language !== '')
  return { asiointikieli: found ? String(found.values.language) : null, formId: found?.version.formId ?? null }
}
