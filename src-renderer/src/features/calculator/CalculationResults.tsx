import { Alert, List, Stack, Text, Title } from '@mantine/core'
import { TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { CalcInput, CalcResult, ParameterRow, PensionBreakEven } from '@benefits'
import type { StoredIncomeSummary } from '@shared/api/calculator-api'
import { finnishDatesInText } from '@shared/calculator/engine-text'
import type { PensionKeepingWage } from '@shared/calculator/keep-pension'
import { BenefitResult } from './BenefitResult'
import { BreakEvenCard } from './BreakEvenCard'
import { benefitName } from './benefit-name'
import { usesEstimate } from './result-badges'
import { SummaryCard } from './SummaryCard'

type ResultsProps = {
  input: CalcInput
  result: CalcResult
  summary: StoredIncomeSummary
  breakEven: PensionBreakEven[]
  keepPension?: PensionKeepingWage
  parameters: readonly ParameterRow[]
  /** hourly wage used for the break-even hours, if known */
  hourlyKnown: boolean
}

/** The results of one calculation: the same on the calculator screen (live) and for a saved calculation. */
export function CalculationResults({
  input,
  result,
  summary,
  breakEven,
  keepPension,
  parameters,
  hourlyKnown,
}: ResultsProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="md">
      <SummaryCard summary={summary} result={result} keepPension={keepPension} />
      {result.items.length > 0 && (
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
      )}
      <BreakEvenCard input={input} breakEven={breakEven} hourlyKnown={hourlyKnown} />
      <Warnings warnings={result.warnings} />
    </Stack>
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
        <Text fw={700} c="dark" component="span">
          {t('calculator.sections.warnings')}
        </Text>
      }
      data-testid="warnings"
    >
      <List size="md" spacing={4} c="dark">
        {warnings.map((warning, index) => (
          <List.Item key={index}>{finnishDatesInText(warning)}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
