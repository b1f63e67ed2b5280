import { Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ClientNameLink } from '../clients/ClientNameLink'
import { formatDate } from '../../format/format'
import { useRetentionReview } from './data-requests-queries'

/** Closed clients past the retention period (Settings): each opens to the client's page, where deletion is. */
export function RetentionReviewPage() {
  const { t } = useTranslation()
  const review = useRetentionReview()
  if (!review.data) return null
  const { clients, retentionYears } = review.data
  return (
    <Stack gap="md" maw={1000}>
      <Title order={1}>{t('dataRequests.retention.title')}</Title>
      <Text>{t('dataRequests.retention.intro', { years: retentionYears })}</Text>
      <Paper p="lg" withBorder>
        {clients.length === 0 ? (
          <Text>{t('dataRequests.retention.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560} type="native">
            <Table striped verticalSpacing="xs" fz="md" data-testid="retention-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.client')}</Table.Th>
                  <Table.Th>{t('dataRequests.retention.closedOn')}</Table.Th>
                  <Table.Th>{t('dataRequests.retention.dueOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clients.map((client) => (
                  <Table.Tr key={client.id}>
                    <Table.Td>
                      <ClientNameLink client={client} />
                    </Table.Td>
                    <Table.Td>
                      {formatDate(client.closedOn)} ({t(`dataRequests.retention.basis.${client.closedOnSource}`)})
                    </Table.Td>
                    <Table.Td>{formatDate(client.dueOn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  )
}
