import { Anchor, Button, Group, Paper, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import type { ClientListItem } from '@shared/clients/client-schema'
import { Plus, Search } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { formatDate } from '../../format/format'
import { clientName } from './client-name'
import { useClientList } from './client-queries'
import { ClientStatusBadge } from './ClientStatusBadge'

export function ClientListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useState('')
  const [includeArchived, setIncludeArchived] = useState(false)
  const list = useClientList(search, includeArchived)
  // The home page's phase counts open this list filtered: ?status=open&phase=2 (or phase=none).
  const [params, setParams] = useSearchParams()
  const filter = { phase: params.get('phase'), openOnly: params.get('status') === 'open' }
  const filtered = filter.phase !== null || filter.openOnly
  const clients = (list.data ?? []).filter((client) => matchesFilter(client, filter))

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t('clients.title')}</Title>
        <Button leftSection={<Plus size={18} aria-hidden />} size="md" onClick={() => navigate('/clients/new')}>
          {t('clients.new')}
        </Button>
      </Group>
      <Paper p="md" withBorder>
        <Group align="flex-end" mb="md">
          <TextInput
            label={t('clients.search')}
            placeholder={t('clients.searchPlaceholder')}
            leftSection={<Search size={18} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            autoFocus
            size="md"
            style={{ flex: 1 }}
            type="search"
          />
          <Switch
            label={t('clients.showArchived')}
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {filtered && (
          <Group mb="xs" gap="sm" data-testid="client-filter">
            <Text fw={600}>
              {t('caseload.listFilter', {
                phase:
                  filter.phase === null
                    ? t('caseload.listFilterAnyPhase')
                    : filter.phase === 'none'
                      ? t('clients.noPhase')
                      : t(`phases.long.${filter.phase as '1'}`),
              })}
            </Text>
            <Button variant="default" size="xs" onClick={() => setParams({})}>
              {t('caseload.listFilterClear')}
            </Button>
          </Group>
        )}
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite" data-testid="client-count">
          {t('clients.count', { count: clients.length })}
        </Text>
        {clients.length > 0 && (
          <Table highlightOnHover verticalSpacing="sm" fz="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.fields.name')}</Table.Th>
                <Table.Th>{t('clients.fields.phase')}</Table.Th>
                <Table.Th>{t('clients.fields.status')}</Table.Th>
                <Table.Th>{t('clients.fields.municipality')}</Table.Th>
                <Table.Th>{t('clients.lastUpdated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clients.map((client) => (
                <Table.Tr
                  key={client.id}
                  onClick={() => navigate(`/clients/${client.id}`)}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${client.id}`} fw={600} c="teal.9">
                      {clientName(client)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{client.phase ? t(`phases.short.${client.phase}`) : '–'}</Table.Td>
                  <Table.Td>
                    <ClientStatusBadge status={client.status} archived={client.archivedAt !== null} />
                  </Table.Td>
                  <Table.Td>{client.municipality ?? ''}</Table.Td>
                  <Table.Td>{formatDate(client.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {list.isSuccess && clients.length === 0 && (
          <Text py="lg" ta="center">
            {search ? t('clients.noMatches') : t('clients.empty')}
          </Text>
        )}
      </Paper>
    </>
  )
}

function matchesFilter(client: ClientListItem, filter: { phase: string | null; openOnly: boolean }): boolean {
  if (filter.openOnly && (client.status === 'closed' || client.archivedAt !== null)) return false
  if (filter.phase === null) return true
  return filter.phase === 'none' ? client.phase === null : String(client.phase) === filter.phase
}
