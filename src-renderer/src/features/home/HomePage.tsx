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
import { IPS_PHASES, type IpsPhase } from '@shared/clients/client-schema'
import type { Caseload } from '@shared/api/clients-api'
import { formatDate } from '../../format/format'
import { BackupReminder } from '../backup/BackupReminder'
import { clientName } from '../clients/client-name'
import { openClientsInPhase } from '../clients/client-list-params'
import { useCaseload, useRecentClients } from '../clients/client-queries'
import { LogContactButton } from '../contacts/LogContactButton'

const RECOMMENDED_CASELOAD = 20

/**
 * The caseload at a glance: how many open clients in each IPS phase (each a link to that part of the list), and who
 * was worked on last. Both are counted and chosen by the core, so the page costs the same at any register size.
 */
export function HomePage() {
  const { t } = useTranslation()
  const caseload = useCaseload().data
  const recentQuery = useRecentClients()
  const recent = recentQuery.data ?? []

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
            {caseload && t('home.caseloadSize', { count: caseload.open, recommended: RECOMMENDED_CASELOAD })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 3, md: 6 }}>
          {IPS_PHASES.map((phase) => (
            <PhaseCount key={phase} phase={phase} label={t(`phases.short.${phase}`)} caseload={caseload} />
          ))}
          <PhaseCount phase="none" label={t('clients.noPhase')} caseload={caseload} />
        </SimpleGrid>
      </Paper>
      <Paper p="lg" withBorder>
        <Title order={2} size="h3">
          {t('home.recent')}
        </Title>
        <Text c="dimmed" mb="sm">
          {t('home.recentHelp')}
        </Text>
        {recentQuery.isSuccess && recent.length === 0 ? (
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
                <Table.Th>{t('home.workedAt')}</Table.Th>
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
                  <Table.Td>{formatDate(client.workedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}

/** A phase's count of open clients, a link to them; read as "2 Profilointi: 26 avointa asiakasta". */
function PhaseCount({
  phase,
  label,
  caseload,
}: {
  phase: IpsPhase | 'none'
  label: string
  caseload: Caseload | undefined
}) {
  const { t } = useTranslation()
  const count = caseload?.byPhase[phase]
  return (
    <UnstyledButton component={Link} to={openClientsInPhase(phase)}>
      {/* The name first for a screen reader; on screen the count stands above it. */}
      <Paper p="sm" bg="gray.0" ta="center" withBorder style={{ display: 'flex', flexDirection: 'column-reverse' }}>
        <Text size="sm">{label}</Text>
        <VisuallyHidden>: </VisuallyHidden>
        <Text size="xl" fw={700}>
          {count ?? '–'}
          <VisuallyHidden> {t('home.openClients')}</VisuallyHidden>
        </Text>
      </Paper>
    </UnstyledButton>
  )
}
