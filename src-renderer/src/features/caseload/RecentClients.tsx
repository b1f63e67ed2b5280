import { Anchor, Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ClientNameLink } from '../clients/ClientNameLink'
import { formatDate } from '../../format/format'
import { useRecentClients } from '../clients/client-queries'

/** The clients worked on last (names: left out of the home page while a client is present). */
export function RecentClients() {
  const { t } = useTranslation()
  const recentQuery = useRecentClients()
  const recent = recentQuery.data ?? []
  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="recent-title">
      <Title order={2} size="h3" id="recent-title">
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
                  <ClientNameLink client={client} />
                </Table.Td>
                <Table.Td>{client.phase ? t(`phases.short.${client.phase}`) : '–'}</Table.Td>
                <Table.Td>{formatDate(client.workedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
