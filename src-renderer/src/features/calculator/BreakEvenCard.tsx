import { Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CalcInput, PensionBreakEven } from '@benefits'
import { formatEuro } from '../../format/format'
import { benefitName } from './benefit-name'
import { WideTable } from '../../forms-ui/WideTable'
import type { DocumentFormat } from '../../format/document-format'

export function BreakEvenCard({
  input,
  breakEven,
  hourlyKnown,
}: {
  input: CalcInput
  breakEven: PensionBreakEven[]
  hourlyKnown: boolean
}) {
  const { t } = useTranslation()
  return (
    <Paper p="md" withBorder data-testid="break-even">
      <Title order={2} size="h3" mb="xs">
        {t('calculator.sections.breakEven')}
      </Title>
      {breakEven.length === 0 ? (
        <Text>{t('calculator.breakEven.none')}</Text>
      ) : (
        <>
          <WideTable label={t('calculator.sections.breakEven')} minWidth={480}>
            <Table fz="md" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('calculator.breakEven.pension')}</Table.Th>
                  <Table.Th>{t('calculator.breakEven.maxWage')}</Table.Th>
                  <Table.Th>{t('calculator.breakEven.hours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {breakEven.map((entry) => (
                  <Table.Tr key={entry.benefitIndex}>
                    <Table.Td>{benefitName(t, input, entry.benefitIndex)}</Table.Td>
                    <Table.Td>
                      {t('calculator.breakEven.perMonth', { amount: formatEuro(entry.maxWageWithinLimit) })}
                      {entry.maxWageBeforeSuspension !== undefined && (
                        <Text size="sm">
                          {t('calculator.breakEven.beforeSuspension')}:{' '}
                          {t('calculator.breakEven.perMonth', { amount: formatEuro(entry.maxWageBeforeSuspension) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {entry.hoursPerWeekWithinLimit !== undefined
                        ? t('calculator.breakEven.hoursValue', { hours: formatHours(entry.hoursPerWeekWithinLimit) })
                        : '–'}
                      {entry.hoursPerWeekBeforeSuspension !== undefined && (
                        <Text size="sm">
                          {t('calculator.breakEven.hoursValue', {
                            hours: formatHours(entry.hoursPerWeekBeforeSuspension),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
          {!hourlyKnown && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('calculator.breakEven.hoursHint')}
            </Text>
          )}
        </>
      )}
    </Paper>
  )
}

const hoursFormat = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 })
/** Hours rounded down to 0,1 h so the wage stays within the limit. */
export function formatHours(hours: number, format?: DocumentFormat): string {
  const tenths = Math.floor(hours * 10) / 10
  return format && format.language !== 'fi' ? format.number(tenths, 1) : hoursFormat.format(tenths)
}
