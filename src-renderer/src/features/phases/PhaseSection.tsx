import { ActionIcon, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import { Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Client } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { usePhaseHistory, useRemovePhase } from './phase-queries'
import { PhaseChangeDialog } from './PhaseChangeDialog'

/** The client's IPS phase now, the entry and closure, and the phase history with the way to record a change. */
export function PhaseSection({ client }: { client: Client }) {
  const { t } = useTranslation()
  const history = usePhaseHistory(client.id)
  const remove = useRemovePhase()
  const [opened, dialog] = useDisclosure(false)
  const [removing, setRemoving] = useState<{ id: string; fromDate: string } | null>(null)
  const entries = history.data ?? []
  const current = entries[0]

  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="client-phase-heading" data-testid="client-phase">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="client-phase-heading">
          {t('process.phases.title')}
        </Title>
        <Button variant="default" onClick={dialog.open}>
          {t('process.phases.change')}
        </Button>
      </Group>
      <Stack gap="xs">
        <Text size="lg" fw={600} data-testid="current-phase">
          {current
            ? `${t(`phases.long.${current.phase}`)}${current.maintenance ? `, ${t('process.phases.maintenance')}` : ''} – ${t('process.phases.since', { date: formatDate(current.fromDate) })}`
            : t('clients.noPhase')}
        </Text>
        <Text>
          {client.enteredOn
            ? `${t('process.client.enteredOn')}: ${formatDate(client.enteredOn)}`
            : t('process.client.notEntered')}
          {client.closedOn &&
            ` · ${t('process.client.closedOn')}: ${formatDate(client.closedOn)}${client.closureReason ? ` (${t(`process.client.closureReasons.${client.closureReason}`)})` : ''}`}
        </Text>
        {entries.length === 0 ? (
          <Text c="dimmed">{t('process.phases.none')}</Text>
        ) : (
          <Table verticalSpacing={4} fz="md" aria-label={t('process.phases.history')}>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td w={110}>{formatDate(entry.fromDate)}</Table.Td>
                  <Table.Td>
                    {t(`phases.long.${entry.phase}`)}
                    {entry.maintenance && `, ${t('process.phases.maintenance')}`}
                    {entry.note && ` – ${entry.note}`}
                    {entry.source !== 'coach' && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({t(`process.phases.source.${entry.source}`)})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={48}>
                    <ActionIcon
                      variant="subtle"
                      color="gray.8"
                      aria-label={t('process.phases.removeLabel', { date: formatDate(entry.fromDate) })}
                      title={t('process.phases.remove')}
                      onClick={() => setRemoving({ id: entry.id, fromDate: entry.fromDate })}
                    >
                      <Trash2 size={18} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <PhaseChangeDialog clientId={client.id} current={client.phase} opened={opened} onClose={dialog.close} />
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('process.phases.removeConfirmTitle')}
        centered
      >
        <Text mb="md">
          {removing && t('process.phases.removeConfirmText', { date: formatDate(removing.fromDate) })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRemoving(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.8"
            onClick={() => {
              if (removing) remove.mutate({ entryId: removing.id })
              setRemoving(null)
            }}
          >
            {t('process.phases.remove')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  )
}
