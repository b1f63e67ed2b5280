import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '@shared/dates/dates'
import { suggestedPhaseAfterForm } from '@shared/phases/phase-schema'
import { useClient } from '../clients/client-queries'
import { useChangePhase } from './phase-queries'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'

/**
 * After a form that closes a phase is finalised (the agreement, the profile, the employer agreement, a job start or
 * end): the next phase, suggested. The coach moves the client with one click or leaves it.
 */
export function PhaseSuggestion({ clientId, formId }: { clientId: string; formId: string }) {
  const { t } = useTranslation()
  const client = useClient(clientId)
  const change = useChangePhase()
  const [dismissed, setDismissed] = useState(false)
  if (!client.data || dismissed) return null
  const suggested = suggestedPhaseAfterForm(formId, client.data.phase)
  if (suggested === null) return null
  const phaseName = t(`phases.long.${suggested}`)
  return (
    <NoticeAlert
      tone="teal"
      title={t('process.phases.suggestionTitle', { phase: phaseName })}
      data-testid="phase-suggestion"
    >
      <Text mb="sm">{t('process.phases.suggestionText')}</Text>
      <Group>
        <Button
          loading={change.isPending}
          onClick={() =>
            change.mutate({ clientId, phase: suggested, fromDate: localToday(), maintenance: false, note: null })
          }
        >
          {t('process.phases.suggestionAccept', { phase: suggested })}
        </Button>
        <Button variant="default" onClick={() => setDismissed(true)}>
          {t('process.phases.suggestionDismiss')}
        </Button>
      </Group>
    </NoticeAlert>
  )
}
