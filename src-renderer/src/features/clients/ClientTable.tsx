import { Table } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ClientListItem } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { ClientNameLink } from './ClientNameLink'
import { ClientStatusBadge } from './ClientStatusBadge'

/** One page of the client list; memoised, so typing in the search field does not render the rows again. */
export const ClientTable = memo(function ClientTable({ items }: { items: ClientListItem[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
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
        {items.map((client) => (
          <Table.Tr
            key={client.id}
            // The whole row opens the client; a click on the name is the link's own (one history entry, not two).
            onClick={(event) => {
              if (!(event.target as Element).closest('a')) navigate(`/clients/${client.id}`)
            }}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>
              <ClientNameLink client={client} />
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
  )
})
