import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ClientStatus } from '@shared/clients/client-schema'

const COLORS: Record<ClientStatus, string> = { active: 'teal.9', waiting: 'yellow.9', closed: 'gray.7' }

export function ClientStatusBadge({ status, archived = false }: { status: ClientStatus; archived?: boolean }) {
  const { t } = useTranslation()
  if (archived) {
    return (
      <Badge color="gray.7" variant="outline" size="lg">
        {t('clients.archived')}
      </Badge>
    )
  }
  return (
    <Badge color={COLORS[status]} variant="filled" size="lg">
      {t(`clients.status.${status}`)}
    </Badge>
  )
}
