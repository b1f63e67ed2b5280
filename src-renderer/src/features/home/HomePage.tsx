import {
  Anchor,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { IPS_PHASES } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { BackupReminder } from '../backup/BackupReminder'
import { clientName } from '../clients/client-name'
import { LogContactButton } from '../contacts/LogContactButton'
import { useClientList } from '../clients/client-queries'
import { phaseFilterPath, type PhaseFilter } from '../clients/phase-filter'

const RECOMMENDED_CASELOAD = 20

/**
 * The caseload at a glance: how many open clients in each IPS phase (each count opens the list of them), and who was
 * worked on last: a form, a signature or a calculation counts, not only the client's details.
 */
export function HomePage() {
  const { t } = useTranslation()
  const list = useClientList('', false)
  const clients = list.data ?? []
  const open = clients.filter((client) => client.status !== 'closed')
  const recent = clients.toSorted((a, b) => b.lastWorkedAt.localeCompare(a.lastWorkedAt)).slice(0, 6)

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={1}>{t('home.title')}</Title>
        <LogContactButton />
      </Group>
      <BackupReminder />
      <Paper p="lg" withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3">
            {t('home.caseload')}
          </Title>
          <Text size="lg" fw={600} data-testid="caseload-size">
            {t('home.caseloadSize', { count: open.length, recommended: RECOMMENDED_CASELOAD })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 3, md: 6 }}>
          {IPS_PHASES.map((phase) => (
            <PhaseCount
              key={phase}
              phase={phase}
              label={t(`phases.short.${phase}`)}
              count={open.filter((c) => c.phase === phase).length}
            />
          ))}
          <PhaseCount phase="none" label={t('clients.noPhase')} count={open.filter((c) => c.phase === null).length} />
        </SimpleGrid>
      </Paper>
      <Paper p="lg" withBorder>
        <Title order={2} size="h3" mb="sm">
          {t('home.recent')}
        </Title>
        {recent.length === 0 ? (
          <Text>
            {t('clients.empty')}{' '}
            <Anchor component={Link} to="/clients/new" c="teal.9">
              {t('clients.new')}
            </Anchor>
          </Text>
        ) : (
          <Table verticalSpacing="xs" fz="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.fields.name')}</Table.Th>
                <Table.Th>{t('clients.fields.phase')}</Table.Th>
                <Table.Th>{t('clients.lastWorked')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recent.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${client.id}`} c="teal.9" fw={600}>
                      {clientName(client)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{client.phase ? t(`phases.short.${client.phase}`) : '–'}</Table.Td>
                  <Table.Td>{formatDate(client.lastWorkedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}

function PhaseCount({ phase, label, count }: { phase: PhaseFilter; label: string; count: number }) {
  const { t } = useTranslation()
  // The visible count and phase are the link's name (a screen reader hears "2 avointa asiakasta: 3 Työnhaku").
  return (
    <UnstyledButton component={Link} to={phaseFilterPath(phase)} data-testid={`phase-count-${phase}`}>
      <Paper p="sm" bg="gray.0" ta="center" h="100%">
        <Text size="xl" fw={700}>
          {count}
          <VisuallyHidden>{` ${t('home.openClients', { count })}:`}</VisuallyHidden>
        </Text>
        <Text size="sm">{label}</Text>
      </Paper>
    </UnstyledButton>
  )
}
