import { Button } from '@mantine/core'
import { NotebookPen } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { CONTACT_THAT_CLEARS, type DueItem } from '@process'

/** The one click from a reminder to the contact dialog, named after what it logs. */
export function LogDueContactButton({ item, onClick }: { item: DueItem; onClick: () => void }) {
  const { t } = useTranslation()
  const employer = CONTACT_THAT_CLEARS[item.kind].with === 'employer'
  const label = employer ? t('caseload.logEmployerVisit') : t('caseload.logVisit')
  return (
    <Button
      leftSection={<NotebookPen size={18} aria-hidden />}
      onClick={onClick}
      aria-label={t('caseload.logFor', { label, what: t(`caseload.kinds.${item.kind}.title`) })}
    >
      {label}
    </Button>
  )
}
