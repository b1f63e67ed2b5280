import { Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CalcResult } from '@benefits'
import type { StoredIncomeSummary } from '@shared/api/calculator-api'
import type { PensionKeepingWage } from '@shared/calculator/keep-pension'
import { deduction, formatEuro } from '../../format/format'
import { verdictLines } from './verdict'

/** "Kannattaako työ?": total monthly income now and with the job, the headline and, when the job stops a pension,
 *  what the highest wage that keeps it gives. */
export function SummaryCard({
  summary,
  result,
  keepPension,
}: {
  summary: StoredIncomeSummary
  result: CalcResult
  keepPension?: PensionKeepingWage
}) {
  const { t } = useTranslation()
  const { verdict, keep } = verdictLines(t, summary, result, keepPension)
  // Saved before v2: nothing was garnished without the job then (enforcement was computed from the wage alone).
  const garnishedBefore = summary.garnishedBefore ?? 0
  const garnishing = summary.garnished > 0 || garnishedBefore > 0
  const colour = summary.change < 0 ? 'red.9' : keep ? 'dark' : '#1e6b30'
  return (
    <Paper p="md" withBorder data-testid="calc-summary">
      <Title order={2} size="h3" mb="xs">
        {t('calculator.sections.summary')}
      </Title>
      <div aria-live="polite">
        <Text size="xl" fw={700} mb={keep ? 4 : 'sm'} c={colour} data-testid="calc-verdict">
          {verdict}
        </Text>
        {keep && (
          <Text
            size="lg"
            fw={700}
            mb="sm"
            p="xs"
            c="dark"
            bg="orange.0"
            style={{ borderLeft: '4px solid var(--mantine-color-orange-9)' }}
            data-testid="calc-keep-pension"
          >
            {keep}
          </Text>
        )}
      </div>
      <Table withRowBorders={false} verticalSpacing={4} fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Td />
            <Table.Th ta="right">{t('calculator.result.before')}</Table.Th>
            <Table.Th ta="right">{t('calculator.result.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" fw={400}>
              {t('calculator.result.benefitsTotal')}
            </Table.Th>
            <Table.Td ta="right">{formatEuro(summary.benefitsBefore)}</Table.Td>
            <Table.Td ta="right">{formatEuro(summary.benefitsAfter)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row" fw={400}>
              {t('calculator.result.wageGross')}
            </Table.Th>
            <Table.Td ta="right">{formatEuro(0)}</Table.Td>
            <Table.Td ta="right">{formatEuro(summary.grossWage)}</Table.Td>
          </Table.Tr>
          {garnishing && (
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                {t('calculator.result.garnished')}
              </Table.Th>
              <Table.Td ta="right" data-testid="garnished-before">
                {deduction(garnishedBefore)}
              </Table.Td>
              <Table.Td ta="right" data-testid="garnished-after">
                {deduction(summary.garnished)}
              </Table.Td>
            </Table.Tr>
          )}
          <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
            <Table.Th scope="row">{t('calculator.result.totalIncome')}</Table.Th>
            <Table.Td ta="right" fw={700} data-testid="total-before">
              {formatEuro(summary.totalBefore)}
            </Table.Td>
            <Table.Td ta="right" fw={700} data-testid="total-after">
              {formatEuro(summary.totalAfter)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {summary.netWage !== undefined && (
        <Text size="sm" mt="xs">
          {t('calculator.result.netWage', { amount: formatEuro(summary.netWage) })}
        </Text>
      )}
      {garnishing && (
        <Text size="sm" mt={4}>
          {t('calculator.result.garnishedNote')}
        </Text>
      )}
      <Text size="sm" c="gray.7" mt={4}>
        {t('calculator.result.grossNote')}
      </Text>
    </Paper>
  )
}
