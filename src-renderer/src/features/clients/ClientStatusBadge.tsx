import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ClientStatus } from '@shared/clients/client-schema'

/** Colours with at least 4.5:1 contrast to their text (autoContrast picks black on the light yellow). */
const COLORS: Record<ClientStatus, string> = { active: 'teal.9', waiting: 'yellow.4', closed: 'gray.7' }

/** The badge never shrinks into an ellipsis in a narrow table cell. */
const WHOLE = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const

export function ClientStatusBadge({ status, archived = false }: { status: ClientStatus; archived?: boolean }) {
  const { t } = useTranslation()
  if (archived) {
    return (
      <Badge color="gray.7" variant="outline" size="lg" styles={WHOLE}>
        {t('clients.archived')}
      </Badge>
    )
  }
  return (
    <Badge color={COLORS[status]} variant="filled" size="lg" autoContrast styles={WHOLE}>
      {t(`clients.status.${status}`)}
    </Badge>
  )
}
