import type { TFunction } from 'i18next'
import type { AuditEntry } from '@shared/api/audit-api'
import { formatDate, formatDateTime } from '../../format/format'
import type { fiAudit } from '../../i18n/fi-privacy'

type AreaKey = keyof typeof fiAudit.areas

const AREAS = new Set<string>([
  'clients',
  'forms',
  'contacts',
  'jobs',
  'education',
  'phases',
  'calculator',
  'timeline',
  'data',
  'form',
  'draft',
  'calculation',
  'client-data',
])

/** What the entry was about: the record kind from the API method ('forms-finalise' → forms) or the print route. */
export function auditWhat(entry: AuditEntry, t: TFunction): string {
  if (!entry.method) return ''
  const area = entry.method.startsWith('client-data') ? 'client-data' : entry.method.split('-')[0]!
  return AREAS.has(area) ? t(`audit.areas.${area as AreaKey}`) : ''
}

/** The entry's facts in words: how many wrong tries since when, which backup, how it was printed or handed over. */
export function auditDetail(entry: AuditEntry, t: TFunction): string {
  const detail = entry.detail
  if (entry.redacted) return t('audit.details.redacted')
  if (!detail) return ''
  if (entry.action === 'wrong-secret') {
    return detail.since
      ? t('audit.details.wrongSecret', { count: detail.count ?? 0, since: formatDateTime(detail.since) })
      : t('audit.details.wrongSecretNoTime', { count: detail.count ?? 0 })
  }
  if (entry.action === 'client-deleted') return t('audit.details.deleted', { count: detail.redactedEntries ?? 0 })
  if (entry.action === 'restore' && detail.backupCreatedAt) {
    return t('audit.details.backupOf', { date: formatDate(detail.backupCreatedAt) })
  }
  const kind = detail.kind
  if (kind && kind in KIND_KEYS) return t(`audit.details.${kind as KindKey}`)
  return ''
}

const KIND_KEYS = {
  pdf: true,
  json: true,
  print: true,
  manual: true,
  file: true,
  automatic: true,
  passphrase: true,
  'recovery-key': true,
  pin: true,
} as const
type KindKey = keyof typeof KIND_KEYS
