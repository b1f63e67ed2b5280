import { Badge, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParameterRow } from '@benefits'
import { formatDate, formatEuro } from '../../format/format'
import { useParameters } from './calculator-queries'
import type { TFunction } from 'i18next'
import { AddParameterForm } from './AddParameterForm'
import { SourceLink } from './SourceLinks'
import { WideTable } from '../../forms-ui/WideTable'
import { parameterLabel } from '@shared/calculator/parameter-labels'
import { useLanguage } from '../../i18n/document-language'

const numberFormat = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 4 })

export function formatParameterValue(t: TFunction, row: Pick<ParameterRow, 'value' | 'unit'>): string {
  if (row.unit === 'EUR/month') return t('calculator.saved.perMonth', { amount: formatEuro(row.value) })
  if (row.unit === 'EUR/day') return t('calculator.saved.perDay', { amount: formatEuro(row.value) })
  if (row.unit === 'flag') return t(row.value === 1 ? 'calculator.parameters.flagOn' : 'calculator.parameters.flagOff')
  return `${numberFormat.format(row.value)} (${t(`calculator.parameters.units.${row.unit}`)})`
}

export function ParametersPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const parameters = useParameters()
  const [year, setYear] = useState(() => {
    const current = String(new Date().getFullYear())
    return ['2024', '2025', '2026'].includes(current) ? current : 'all'
  })
  const rows = useMemo(() => {
    const all = [...(parameters.data?.table.rows ?? [])]
    all.sort((a, b) => a.key.localeCompare(b.key) || a.validFrom.localeCompare(b.validFrom))
    return year === 'all' ? all : all.filter((row) => row.validFrom.startsWith(year))
  }, [parameters.data, year])
  if (!parameters.data) return null
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={1}>{t('calculator.parameters.title')}</Title>
        <Text mt={4} maw={900}>
          {t('calculator.parameters.intro')}
        </Text>
      </div>
      <AddParameterForm />
      <Paper p="md" withBorder component="section" aria-labelledby="parameter-table-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="parameter-table-heading">
            {t('calculator.parameters.title')}
          </Title>
          <SegmentedControl
            aria-label={t('calculator.parameters.year')}
            value={year}
            onChange={setYear}
            size="md"
            data={[
              { value: 'all', label: t('calculator.parameters.allYears') },
              { value: '2024', label: '2024' },
              { value: '2025', label: '2025' },
              { value: '2026', label: '2026' },
            ]}
          />
        </Group>
        <WideTable label={t('calculator.parameters.title')} minWidth={900}>
          <Table fz="md" verticalSpacing={6} striped data-testid="parameter-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('calculator.parameters.label')}</Table.Th>
                <Table.Th>{t('calculator.parameters.validFrom')}</Table.Th>
                <Table.Th ta="right">{t('calculator.parameters.value')}</Table.Th>
                <Table.Th miw={150}>{t('calculator.parameters.status')}</Table.Th>
                <Table.Th w="34%">{t('calculator.parameters.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.key}@${row.validFrom}`}>
                  <Table.Td>{parameterLabel(row.key, language)}</Table.Td>
                  <Table.Td>{formatDate(row.validFrom)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatParameterValue(t, row)}
                  </Table.Td>
                  <Table.Td>
                    <ParameterStatusBadge status={row.status} />
                    {row.changedAt && (
                      <Text size="sm" mt={4}>
                        {t('calculator.parameters.changed', {
                          date: formatDate(row.changedAt),
                          who: row.changedBy ?? '',
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm">
                      <SourceLink source={row.source} />
                    </Text>
                    {row.note && (
                      <Text size="sm" c="gray.7">
                        {row.note}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WideTable>
      </Paper>
      <Paper p="md" withBorder component="section" aria-labelledby="parameter-history-heading">
        <Title order={2} size="h3" mb="sm" id="parameter-history-heading">
          {t('calculator.parameters.history')}
        </Title>
        {parameters.data.overrides.length === 0 ? (
          <Text>{t('calculator.parameters.noHistory')}</Text>
        ) : (
          <WideTable label={t('calculator.parameters.history')} minWidth={700}>
            <Table fz="md" verticalSpacing={4} data-testid="parameter-history">
              <Table.Tbody>
                {parameters.data.overrides.toReversed().map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      {t('calculator.parameters.changed', { date: formatDate(row.changedAt), who: row.changedBy })}
                    </Table.Td>
                    <Table.Td>{parameterLabel(row.key, language)}</Table.Td>
                    <Table.Td>{formatDate(row.validFrom)}</Table.Td>
                    <Table.Td ta="right">{formatParameterValue(t, row)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <SourceLink source={row.source} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
        )}
      </Paper>
    </Stack>
  )
}

export function ParameterStatusBadge({ status }: { status: ParameterRow['status'] }) {
  const { t } = useTranslation()
  return (
    <Badge
      color={status === 'verified' ? '#1e6b30' : 'violet.9'}
      variant="outline"
      size="lg"
      tt="none"
      fz="sm"
      radius="sm"
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`calculator.parameters.statuses.${status}`)}
    </Badge>
  )
}
