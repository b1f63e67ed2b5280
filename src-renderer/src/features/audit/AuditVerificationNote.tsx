import type { AuditVerification } from '@shared/api/audit-api'
import { useTranslation } from 'react-i18next'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'

/** Whether the log's hash chain held when it was read: a broken one says which entry no longer matches. */
export function AuditVerificationNote({ verification }: { verification: AuditVerification }) {
  const { t } = useTranslation()
  return verification.ok ? (
    <NoticeAlert tone="teal" data-testid="audit-verification">
      {t('audit.intact', { count: verification.entries })}
    </NoticeAlert>
  ) : (
    <NoticeAlert tone="red" data-testid="audit-verification">
      {t('audit.broken', { seq: verification.firstBadSeq })}
    </NoticeAlert>
  )
}
