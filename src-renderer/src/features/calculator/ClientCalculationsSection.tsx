import { Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { Calculator, Printer } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { Client } from '@shared/clients/client-schema'
import { formatDate, formatEuro, formatTime } from '../../format/format'
import { formatMonth } from './calculator-form'
import { useCalculationList } from './calculator-queries'
import { WideTable } from '../../forms-ui/WideTable'

/** The client page's "Laskelmat": saved calculations (newest first) and a button to calculate. */
export function ClientCalculationsSection({ client }: { client: Client }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useCalculationList(client.id)
  const items = list.data ?? []
  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="client-calculations-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="client-calculations-heading">
          {t('calculator.client.title')}
        </Title>
        <Button
          leftSection={<Calculator size={18} aria-hidden />}
          size="md"
          onClick={() => navigate(`/clients/${client.id}/calculator`)}
        >
          {t('calculator.client.calculate')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text>{t('calculator.client.empty')}</Text>
      ) : (
        <WideTable label={t('calculator.client.title')} minWidth={640}>
          <Table fz="md" verticalSpacing="xs" data-testid="client-calculations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calculator.client.date')}</Table.Th>
                <Table.Th>{t('calculator.client.month')}</Table.Th>
                <Table.Th ta="right">{t('calculator.client.wage')}</Table.Th>
                <Table.Th ta="right">{t('calculator.client.change')}</Table.Th>
                <Table.Th>{t('calculator.client.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const date = `${formatDate(item.createdAt)} ${formatTime(item.createdAt)}`
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td>{formatMonth(item.month)}</Table.Td>
                    <Table.Td ta="right">{formatEuro(item.grossMonthly)}</Table.Td>
                    <Table.Td ta="right">
                      {item.change > 0 ? '+' : ''}
                      {formatEuro(item.change)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Button
                          component={Link}
                          to={`/calculations/${item.id}`}
                          variant="outline"
                          size="sm"
                          aria-label={t('calculator.client.openLabel', { date })}
                        >
                          {t('calculator.client.open')}
                        </Button>
                        <Button
                          component={Link}
                          to={`/print/calculation/${item.id}`}
                          variant="default"
                          size="sm"
                          leftSection={<Printer size={16} aria-hidden />}
                          aria-label={t('calculator.client.printLabel', { date })}
                        >
                          {t('calculator.client.print')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </WideTable>
      )}
    </Paper>
  )
}
