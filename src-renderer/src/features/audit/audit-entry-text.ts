import type { TFunction } from 'i18next'
import type { AuditEntry } from '@shared/api/audit-api'
import { FINNISH_FORMAT, type DocumentFormat } from '../../format/document-format'
import { fiAudit } from '../../i18n/fi-privacy'

// The keys are the same in every language; the Finnish resources list them.
type AreaKey = keyof typeof fiAudit.areas
type MethodKey = keyof typeof fiAudit.methods
type KindKey =
  | 'pdf'
  | 'json'
  | 'print'
  | 'manual'
  | 'file'
  | 'automatic'
  | 'passphrase'
  | 'recovery-key'
  | 'pin'
  | 'csv'
  | 'anonymised'
const KINDS = new Set<string>([
  'pdf',
  'json',
  'print',
  'manual',
  'file',
  'automatic',
  'passphrase',
  'recovery-key',
  'pin',
  'csv',
  'anonymised',
])

/**
 * What the entry was about: for a change, what was done ('forms-finalise' → "lomake viimeistelty"); otherwise the
 * kind of record, from the API method ('forms-get' → forms) or the print route ('form').
 */
export function auditWhat(entry: AuditEntry, t: TFunction): string {
  const method = entry.method
  if (!method) return ''
  if (entry.action === 'change' && Object.hasOwn(fiAudit.methods, method))
    return t(`audit.methods.${method as MethodKey}`)
  const area = method.startsWith('client-data') ? 'client-data' : method.split('-')[0]!
  return Object.hasOwn(fiAudit.areas, area) ? t(`audit.areas.${area as AreaKey}`) : ''
}

/**
 * The entry's facts in words: how many wrong tries since when, which backup, how it was printed or handed over. Times
 * are Finnish on screen; the client's data printout passes its document's format.
 */
export function auditDetail(entry: AuditEntry, t: TFunction, format: DocumentFormat = FINNISH_FORMAT): string {
  const detail = entry.detail
  if (entry.redacted) return t('audit.details.redacted')
  if (!detail) return ''
  if (entry.action === 'wrong-secret') {
    return detail.since
      ? t('audit.details.wrongSecret', { count: detail.count ?? 0, since: format.dateTime(detail.since) })
      : t('audit.details.wrongSecretNoTime', { count: detail.count ?? 0 })
  }
  if (entry.action === 'client-deleted') return t('audit.details.deleted', { count: detail.redactedEntries ?? 0 })
  if (entry.action === 'restore' && detail.backupCreatedAt) {
    return t('audit.details.backupOf', { date: format.date(detail.backupCreatedAt) })
  }
  return detail.kind && KINDS.has(detail.kind) ? t(`audit.details.${detail.kind as KindKey}`) : ''
}
