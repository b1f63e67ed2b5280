import { Group, List, Paper, Table, Text, Title } from '@mantine/core'
import { ArrowRight } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { CalcItem, CalcResult } from '@benefits'
import { finnishDatesInText } from '@shared/calculator/engine-text'
import { formatEuro } from '../../format/format'
import { EstimateBadge, StatusBadge } from './result-badges'
import { SourceLinks } from './SourceLinks'

/** One benefit's card: before → after (enforcement: its base, garnished amount and what is left), limit, status,
 *  the engine's explanation lines and its sources. */
export function BenefitResult({
  name,
  item,
  estimate,
  enforcement,
}: {
  name: string
  item: CalcItem
  estimate: boolean
  enforcement?: CalcResult['enforcement']
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const careReplaced = item.kind === 'pensioners-care-allowance' && item.amountAfter !== item.amountBefore
  return (
    <Paper p="md" withBorder role="group" aria-labelledby={headingId} data-testid={`result-${item.kind}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <Title order={3} size="h4" id={headingId}>
          {name}
        </Title>
        <Group gap={6}>
          {estimate && <EstimateBadge />}
          <StatusBadge status={item.status} />
        </Group>
      </Group>
      {item.kind === 'debt-enforcement' && enforcement ? (
        <EnforcementAmounts enforcement={enforcement} />
      ) : (
        <>
          <Group gap="sm" align="center" wrap="wrap">
            <Text size="xl" fw={700} data-testid="amount-before">
              {formatEuro(item.amountBefore)}
            </Text>
            <ArrowRight size={20} aria-label={t('calculator.result.after')} />
            <Text
              size="xl"
              fw={700}
              data-testid="amount-after"
              c={item.amountAfter < item.amountBefore ? 'red.9' : undefined}
            >
              {formatEuro(item.amountAfter)}
            </Text>
            <Text size="md">{t('calculator.result.perMonth')}</Text>
          </Group>
          {careReplaced && (
            <Text size="md" fw={600} data-testid="care-replacement">
              {t('calculator.result.careReplacement')}: {formatEuro(item.amountAfter)} / kk
            </Text>
          )}
        </>
      )}
      {item.limit !== undefined && item.kind !== 'debt-enforcement' && (
        <Text size="md" mt={4} data-testid="limit">
          {t('calculator.result.limit', { amount: formatEuro(item.limit) })}
        </Text>
      )}
      {item.explanation.length > 0 && (
        <List size="md" spacing={2} mt="xs" aria-label={t('calculator.result.explanation')}>
          {item.explanation.map((line, index) => (
            <List.Item key={index}>{finnishDatesInText(line)}</List.Item>
          ))}
        </List>
      )}
      <SourceLinks sources={item.sources} />
    </Paper>
  )
}

/** Enforcement before → after: the income base, the garnished amount and what is left (older saved calculations
 *  have only the protected amount and the garnished amount). */
function EnforcementAmounts({ enforcement }: { enforcement: NonNullable<CalcResult['enforcement']> }) {
  const { t } = useTranslation()
  const { incomeBase, incomeBaseBefore, garnished, protectedAmount } = enforcement
  if (incomeBase === undefined || incomeBaseBefore === undefined) {
    return (
      <Text size="lg" fw={600}>
        {t('calculator.result.protectedAmount', {
          amount: formatEuro(protectedAmount),
          garnished: formatEuro(garnished),
        })}
      </Text>
    )
  }
  const garnishedBefore = enforcement.garnishedBefore ?? 0
  const rows: Array<[string, number, number, string]> = [
    [t('calculator.result.enforcementBase'), incomeBaseBefore, incomeBase, 'enforcement-base'],
    [t('calculator.result.enforcementGarnished'), garnishedBefore, garnished, 'enforcement-garnished'],
    [
      t('calculator.result.enforcementLeft'),
      incomeBaseBefore - garnishedBefore,
      incomeBase - garnished,
      'enforcement-left',
    ],
  ]
  return (
    <>
      <Table fz="md" verticalSpacing={4} withRowBorders={false} data-testid="enforcement-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Td />
            <Table.Th ta="right">{t('calculator.result.before')}</Table.Th>
            <Table.Th ta="right">{t('calculator.result.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, before, after, testId]) => (
            <Table.Tr key={testId} data-testid={testId}>
              <Table.Th scope="row" fw={testId === 'enforcement-garnished' ? 700 : 400}>
                {label}
              </Table.Th>
              <Table.Td ta="right">{formatEuro(before)}</Table.Td>
              <Table.Td ta="right" fw={testId === 'enforcement-garnished' ? 700 : 400}>
                {formatEuro(after)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="md" mt={4}>
        {t('calculator.result.protectedOnly', { amount: formatEuro(protectedAmount) })}
      </Text>
    </>
  )
}
