import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { Calculator, Printer } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'

import { useApi } from '../../api/api-context'
import { formatDate, formatEuro } from '../../format/format'
import { isElectron, printRoute } from '../print/print-actions'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { formatMonth, yearMonths } from './calculator-form'
import { useCalculation, type SavedCalculation } from './calculator-queries'
import { benefitName } from './benefit-name'
import { CalculationResults } from './CalculationResults'
import { benefitInputText, householdLines, savedWageText } from './saved-inputs'
import { formatParameterValue } from './ParametersPage'
import { YearOutcome, YearTable } from './YearViewSection'
import { WideTable } from '../../forms-ui/WideTable'
import { parameterLabel } from '@shared/calculator/parameter-labels'
import { useLanguage } from '../../i18n/document-language'

/** A saved calculation exactly as it was saved (never recomputed). */
export function SavedCalculationPage() {
  const { t } = useTranslation()
  const { calculationId = '' } = useParams()
  const calculation = useCalculation(calculationId)
  if (calculation.isError) return <Alert color="orange">{t('calculator.saved.notFound')}</Alert>
  if (!calculation.data) return null
  return <SavedCalculationView calculation={calculation.data} />
}

function SavedCalculationView({ calculation }: { calculation: SavedCalculation }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const client = useClient(calculation.clientId)
  const name = client.data ? clientName(client.data) : ''
  const { input, wageEntry } = calculation
  const api = useApi()
  const print = () => {
    const route = `/print/calculation/${calculation.id}` as const
    // Desktop app: a hidden window prints the print route; browser: open it and print there.
    if (isElectron()) void printRoute(api.transport, route)
    else navigate(route, { state: { autoPrint: true } })
  }
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('calculator.saved.title')}</Title>
          <Text size="lg" mt={4}>
            {t('calculator.saved.subtitle', {
              name,
              date: formatDate(calculation.createdAt),
              month: formatMonth(calculation.month),
            })}
          </Text>
        </div>
        <Group>
          <Button leftSection={<Printer size={18} aria-hidden />} size="md" onClick={print}>
            {t('calculator.saved.print')}
          </Button>
          <Button
            variant="default"
            leftSection={<Calculator size={18} aria-hidden />}
            size="md"
            onClick={() => navigate(`/clients/${calculation.clientId}/calculator`)}
          >
            {t('calculator.saved.calculateAgain')}
          </Button>
          <Button variant="subtle" size="md" onClick={() => navigate(`/clients/${calculation.clientId}`)}>
            {t('calculator.saved.backToClient')}
          </Button>
        </Group>
      </Group>
      <Paper p="md" withBorder>
        <Title order={2} size="h3" mb="xs">
          {t('calculator.saved.inputs')}
        </Title>
        <Text size="lg" data-testid="saved-wage">
          {savedWageText(t, calculation)}
        </Text>
        {householdLines(t, input).map((line) => (
          <Text size="md" key={line}>
            {line}
          </Text>
        ))}
        <List size="md" mt="xs" data-testid="saved-benefits">
          {input.benefits.map((benefit, index) => {
            const amounts = benefitInputText(t, benefit)
            return (
              <List.Item key={index}>
                {benefitName(t, input, index)}
                {amounts && `: ${amounts}`}
              </List.Item>
            )
          })}
        </List>
      </Paper>
      <CalculationResults
        input={input}
        result={calculation.result}
        summary={calculation.summary}
        breakEven={calculation.breakEven}
        keepPension={calculation.keepPension}
        parameters={calculation.parameters}
        hourlyKnown={wageEntry?.mode === 'hourly'}
      />
      {calculation.yearView && calculation.yearPlan && (
        <Paper p="md" withBorder>
          <Title order={2} size="h3" mb="xs">
            {t('calculator.sections.year')}
          </Title>
          <YearTable
            months={yearMonths(calculation.yearPlan.startMonth)}
            view={calculation.yearView}
            wageCell={(index) => formatEuro(calculation.yearPlan!.grossWages[index] ?? 0)}
          />
          <YearOutcome view={calculation.yearView} input={input} />
        </Paper>
      )}
      <Paper p="md" withBorder>
        <Title order={2} size="h3" mb="xs">
          {t('calculator.saved.parametersUsed')}
        </Title>
        <WideTable label={t('calculator.saved.parametersUsed')} minWidth={600}>
          <Table fz="md" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calculator.parameters.label')}</Table.Th>
                <Table.Th>{t('calculator.parameters.validFrom')}</Table.Th>
                <Table.Th ta="right">{t('calculator.parameters.value')}</Table.Th>
                <Table.Th>{t('calculator.parameters.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calculation.parameters.map((row) => (
                <Table.Tr key={`${row.key}@${row.validFrom}`}>
                  <Table.Td>{parameterLabel(row.key, language)}</Table.Td>
                  <Table.Td>{formatDate(row.validFrom)}</Table.Td>
                  <Table.Td ta="right">{formatParameterValue(t, row)}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={row.status === 'verified' ? '#1e6b30' : 'violet.9'}
                      variant="outline"
                      tt="none"
                      fz="sm"
                      size="lg"
                      radius="sm"
                    >
                      {t(`calculator.parameters.statuses.${row.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WideTable>
      </Paper>
    </Stack>
  )
}
