import { Anchor, Button, Group, NativeSelect, Paper, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { Plus, Search } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IPS_PHASES } from '@shared/clients/client-schema'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { formatDate } from '../../format/format'
import { clientName } from './client-name'
import { useClientList } from './client-queries'
import { ClientStatusBadge } from './ClientStatusBadge'
import { matchesPhaseFilter, readPhaseFilter } from './phase-filter'

export function ClientListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useState('')
  const [includeArchived, setIncludeArchived] = useState(false)
  const [params, setParams] = useSearchParams()
  const phase = readPhaseFilter(params.get('phase'))
  const list = useClientList(search, includeArchived)
  const clients = (list.data ?? []).filter((client) => matchesPhaseFilter(client, phase))

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
            style={{ flex: 1, minWidth: 260 }}
            type="search"
          />
          <NativeSelect
            label={t('clients.phaseFilter')}
            size="md"
            value={phase === null ? '' : String(phase)}
            onChange={(event) => {
              const value = event.currentTarget.value
              setParams(value ? { phase: value } : {}, { replace: true })
            }}
            data={[
              { value: '', label: t('clients.allPhases') },
              ...IPS_PHASES.map((value) => ({ value: String(value), label: t(`phases.short.${value}`) })),
              { value: 'none', label: t('clients.noPhase') },
            ]}
          />
          <Switch
            label={t('clients.showArchived')}
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
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
