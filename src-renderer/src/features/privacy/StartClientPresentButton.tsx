import { Button, Tooltip } from '@mantine/core'
import { UserLock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { usePresentClientId } from './ClientPresentGate'
import { useStartClientPresent } from './privacy-queries'

/** One click on the client's page: every other client is out of reach until the coach ends the mode. */
export function StartClientPresentButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation()
  const start = useStartClientPresent()
  if (usePresentClientId() !== null) return null
  return (
    <Tooltip label={t('privacy.present.startHelp')} multiline w={280}>
      <Button
        variant="default"
        size="md"
        leftSection={<UserLock size={18} aria-hidden />}
        loading={start.isPending}
        onClick={() => void start.mutateAsync({ clientId })}
        aria-description={t('privacy.present.startHelp')}
      >
        {t('privacy.present.start')}
      </Button>
    </Tooltip>
  )
}
