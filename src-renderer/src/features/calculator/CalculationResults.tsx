import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { ArrowRight, TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { BENEFIT_KIND_DESCRIPTIONS } from '@benefits'
import type {
  BenefitKind,
  CalcInput,
  CalcItem,
  CalcResult,
  IncomeSummary,
  ParameterRow,
  PensionBreakEven,
  Status,
} from '@benefits'
import { formatEuro } from '../../format/format'
import { BreakEvenCard } from './BreakEvenCard'
import { benefitName } from './benefit-name'

export const STATUS_COLORS: Record<Status, string> = {
  unaffected: 'gray.7',
  'within-limit': '#1e6b30',
  reduced: '#9c3d00',
  'may-convert-to-partial': '#9c3d00',
  'over-limit': 'red.9',
  'not-payable': 'red.9',
}

export function usesEstimate(kind: BenefitKind, parameters: readonly ParameterRow[]): boolean {
  const prefixes = BENEFIT_KIND_DESCRIPTIONS[kind].parameterPrefixes
  return parameters.some((row) => row.status === 'estimated' && prefixes.some((prefix) => row.key.startsWith(prefix)))
}

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation()
  return (
    <Badge color={STATUS_COLORS[status]} size="lg" tt="none" fz="sm" radius="sm">
      {t(`calculator.status.${status}`)}
    </Badge>
  )
}

export function EstimateBadge() {
  const { t } = useTranslation()
  return (
    <Badge
      color="violet.9"
      variant="outline"
      size="lg"
      tt="none"
      fz="sm"
      radius="sm"
      title={t('calculator.result.estimateHelp')}
    >
      {t('calculator.result.estimate')}
    </Badge>
  )
}

type ResultsProps = {
  input: CalcInput
  result: CalcResult
  summary: IncomeSummary
  breakEven: PensionBreakEven[]
  parameters: readonly ParameterRow[]
  /** hourly wage used for the break-even hours, if known */
  hourlyKnown: boolean
}

export function CalculationResults({ input, result, summary, breakEven, parameters, hourlyKnown }: ResultsProps) {
  return (
    <Stack gap="md">
      <SummaryCard summary={summary} />
      <BenefitItems input={input} result={result} parameters={parameters} />
      <BreakEvenCard input={input} breakEven={breakEven} hourlyKnown={hourlyKnown} />
      <Warnings warnings={result.warnings} />
    </Stack>
  )
}

export function SummaryCard({ summary }: { summary: IncomeSummary }) {
  const { t } = useTranslation()
  const verdict =
    summary.change > 0
      ? t('calculator.result.verdictBetter', { amount: formatEuro(summary.change) })
      : summary.change < 0
        ? t('calculator.result.verdictWorse', { amount: formatEuro(-summary.change) })
        : t('calculator.result.verdictSame')
  return (
    <Paper p="md" withBorder data-testid="calc-summary">
      <Title order={2} size="h3" mb="xs">
        {t('calculator.sections.summary')}
      </Title>
      <Text size="xl" fw={700} mb="sm" c={summary.change < 0 ? 'red.9' : '#1e6b30'} data-testid="calc-verdict">
        {verdict}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t('calculator.result.before')}</Table.Th>
            <Table.Th ta="right">{t('calculator.result.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>{t('calculator.result.benefitsTotal')}</Table.Td>
            <Table.Td ta="right">{formatEuro(summary.benefitsBefore)}</Table.Td>
            <Table.Td ta="right">{formatEuro(summary.benefitsAfter)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t('calculator.result.wageGross')}</Table.Td>
            <Table.Td ta="right">{formatEuro(0)}</Table.Td>
            <Table.Td ta="right">{formatEuro(summary.grossWage)}</Table.Td>
          </Table.Tr>
          {summary.garnished > 0 && (
            <Table.Tr>
              <Table.Td>{t('calculator.result.garnished')}</Table.Td>
              <Table.Td ta="right">{formatEuro(0)}</Table.Td>
              <Table.Td ta="right">−{formatEuro(summary.garnished)}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
            <Table.Td fw={700}>{t('calculator.result.totalIncome')}</Table.Td>
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
      <Text size="sm" c="dimmed" mt={4}>
        {t('calculator.result.grossNote')}
      </Text>
    </Paper>
  )
}

function BenefitItems({
  input,
  result,
  parameters,
}: {
  input: CalcInput
  result: CalcResult
  parameters: readonly ParameterRow[]
}) {
  const { t } = useTranslation()
  if (result.items.length === 0) return null
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('calculator.sections.perBenefit')}
      </Title>
      {result.items.map((item, index) => (
        <BenefitResult
          key={index}
          name={benefitName(t, input, index)}
          item={item}
          estimate={usesEstimate(item.kind, parameters)}
          enforcement={item.kind === 'debt-enforcement' ? result.enforcement : undefined}
        />
      ))}
    </Stack>
  )
}

function BenefitResult({
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
  return (
    <Paper p="md" withBorder component="section" aria-label={name} data-testid={`result-${item.kind}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <Title order={3} size="h4">
          {name}
        </Title>
        <Group gap={6}>
          {estimate && <EstimateBadge />}
          <StatusBadge status={item.status} />
        </Group>
      </Group>
      {item.kind === 'debt-enforcement' && enforcement ? (
        <Text size="lg" fw={600}>
          {t('calculator.result.protectedAmount', {
            amount: formatEuro(enforcement.protectedAmount),
            garnished: formatEuro(enforcement.garnished),
          })}
        </Text>
      ) : (
        <Group gap="sm" align="center" wrap="nowrap">
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
      )}
      {item.limit !== undefined && item.kind !== 'debt-enforcement' && (
        <Text size="md" mt={4} data-testid="limit">
          {t('calculator.result.limit', { amount: formatEuro(item.limit) })}
        </Text>
      )}
      {item.explanation.length > 0 && (
        <List size="md" spacing={2} mt="xs" aria-label={t('calculator.result.explanation')}>
          {item.explanation.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
      {item.sources.length > 0 && (
        <Text size="sm" c="dimmed" mt="xs" style={{ overflowWrap: 'anywhere' }}>
          {t('calculator.result.sources')}: {item.sources.join(' · ')}
        </Text>
      )}
    </Paper>
  )
}

export function Warnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation()
  if (warnings.length === 0) return null
  return (
    <Alert
      variant="light"
      color="orange"
      icon={<TriangleAlert size={20} aria-hidden />}
      title={
        <Text fw={700} c="dark">
          {t('calculator.sections.warnings')}
        </Text>
      }
      data-testid="warnings"
    >
      <List size="md" spacing={4} c="dark">
        {warnings.map((warning, index) => (
          <List.Item key={index}>{warning}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
