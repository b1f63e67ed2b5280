import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { IPS_PHASES } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { BackupReminder } from '../backup/BackupReminder'
import { clientName } from '../clients/client-name'
import { LogContactButton } from '../contacts/LogContactButton'
import { useClientList } from '../clients/client-queries'

const RECOMMENDED_CASELOAD = 20

/** The caseload at a glance: how many clients in each IPS phase, and who was worked on last. */
export function HomePage() {
  const { t } = useTranslation()
  const list = useClientList('', false)
  const clients = list.data ?? []
  const open = clients.filter((client) => client.status !== 'closed')
  const recent = clients.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, 6)

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
              label={t(`phases.short.${phase}`)}
              count={open.filter((c) => c.phase === phase).length}
            />
          ))}
          <PhaseCount label={t('clients.noPhase')} count={open.filter((c) => c.phase === null).length} />
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
            <Table.Tbody>
              {recent.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${client.id}`} c="teal.9" fw={600}>
                      {clientName(client)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{client.phase ? t(`phases.short.${client.phase}`) : '–'}</Table.Td>
                  <Table.Td>{formatDate(client.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}

function PhaseCount({ label, count }: { label: string; count: number }) {
  return (
    <Paper p="sm" bg="gray.0" ta="center">
      <Text size="xl" fw={700}>
        {count}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  )
}
