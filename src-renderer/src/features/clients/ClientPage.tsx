import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Archive, ArchiveRestore, Pencil } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { Client } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { ClientCalculationsSection } from '../calculator/ClientCalculationsSection'
import { ClientConsentsSection } from '../forms/ClientConsentsSection'
import { ClientFormsSection } from '../forms/ClientFormsSection'
import { LogContactButton } from '../contacts/LogContactButton'
import { ClientWorkSection } from '../jobs/ClientWorkSection'
import { PhaseSection } from '../phases/PhaseSection'
import { ClientTimelineSection } from '../timeline/ClientTimelineSection'
import { ClientDataSection } from '../data-requests/ClientDataSection'
import { StartClientPresentButton } from '../privacy/StartClientPresentButton'
import { clientName } from './client-name'
import { clientSummaryRows } from './client-summary-rows'
import { usePrefetchClientSections } from './client-page-queries'
import { useArchiveClient, useClient } from './client-queries'
import { ClientStatusBadge } from './ClientStatusBadge'

export function ClientPage() {
  const { clientId = '' } = useParams()
  const client = useClient(clientId)
  usePrefetchClientSections(clientId)
  if (client.isError) return <ClientNotFound />
  if (!client.data) return null
  return <ClientDetails client={client.data} />
}

function ClientNotFound() {
  const { t } = useTranslation()
  return (
    <Alert color="orange" role="alert">
      {t('clients.notFound')}
    </Alert>
  )
}

function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const archive = useArchiveClient()
  const [confirmOpen, confirm] = useDisclosure(false)
  const archived = client.archivedAt !== null

  const rows = clientSummaryRows(client, t)

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{clientName(client)}</Title>
          <Group gap="sm" mt={6}>
            <ClientStatusBadge status={client.status} archived={archived} />
            <Text size="lg">{client.phase ? t(`phases.long.${client.phase}`) : t('clients.noPhase')}</Text>
          </Group>
          {(client.treatingUnit || client.nurseName) && (
            <Text mt={6}>
              {t('clients.careTeam')}: {[client.treatingUnit, client.nurseName].filter(Boolean).join(', ')}
            </Text>
          )}
        </div>
        <Group>
          <StartClientPresentButton clientId={client.id} />
          {!archived && <LogContactButton clientId={client.id} />}
          <Button
            variant="default"
            leftSection={<Pencil size={18} aria-hidden />}
            onClick={() => navigate(`/clients/${client.id}/edit`)}
            size="md"
          >
            {t('common.edit')}
          </Button>
          {archived ? (
            <Button
              variant="default"
              leftSection={<ArchiveRestore size={18} aria-hidden />}
              onClick={() => archive.mutate({ id: client.id, archived: false })}
              size="md"
            >
              {t('clients.restore')}
            </Button>
          ) : (
            <Button variant="default" leftSection={<Archive size={18} aria-hidden />} onClick={confirm.open} size="md">
              {t('clients.archive')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper p="lg" withBorder>
        <Title order={2} size="h3" mb="md">
          {t('clients.summary')}
        </Title>
        <SimpleGrid cols={2} spacing="sm" component="dl" m={0}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0} size="md">
                {value || '–'}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="md">
          {t('clients.updatedAt', { date: formatDate(client.updatedAt) })}
        </Text>
      </Paper>

      <PhaseSection client={client} />
      <ClientWorkSection clientId={client.id} />
      <ClientTimelineSection clientId={client.id} />
      <ClientConsentsSection client={client} />
      <ClientFormsSection client={client} />
      <ClientCalculationsSection client={client} />
      <ClientDataSection client={client} />

      <Modal opened={confirmOpen} onClose={confirm.close} title={t('clients.archiveConfirmTitle')} centered>
        <Text mb="md">{t('clients.archiveConfirmText', { name: clientName(client) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.8"
            onClick={() => {
              archive.mutate({ id: client.id, archived: true })
              confirm.close()
            }}
          >
            {t('clients.archive')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  )
}
