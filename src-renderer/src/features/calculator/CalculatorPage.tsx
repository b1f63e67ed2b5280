import { Alert, Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { Link, useParams } from 'react-router'
import { breakEven, calculateEarningsImpact, incomeSummary, inputErrorPath, type ParameterTable } from '@benefits'
import type { Api } from '@shared/api'
import type { Client } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { hourlyWageOf, initialValues, parseForm, type CalcFormValues } from './calculator-form'
import { useClientBenefits, useParameters } from './calculator-queries'
import { CalculationResults } from './CalculationResults'
import { YearViewSection } from './YearViewSection'
import { validationText } from '../../i18n/validation-text'
import { BenefitsPanel } from './BenefitsPanel'
import { HouseholdPanel } from './HouseholdPanel'
import { SavePanel } from './SavePanel'
import { WagePanel } from './WagePanel'

export function CalculatorPage() {
  const { clientId } = useParams()
  const parameters = useParameters()
  const client = useClient(clientId ?? '')
  const recorded = useClientBenefits(clientId)
  if (!parameters.data) return null
  if (clientId && (!client.data || recorded.isPending)) return null
  return (
    <CalculatorForm
      key={clientId ?? 'none'}
      table={parameters.data.table}
      client={clientId ? client.data! : null}
      recorded={recorded.data ?? null}
    />
  )
}

function CalculatorForm({
  table,
  client,
  recorded,
}: {
  table: ParameterTable
  client: Client | null
  recorded: Api['calculator-client-benefits-get']['output']
}) {
  const { t } = useTranslation()
  const form = useForm<CalcFormValues>({ defaultValues: initialValues(recorded) })
  const { control } = form
  const values = useWatch({ control }) as CalcFormValues
  const parsed = useMemo(() => parseForm(values), [values])
  const issues = parsed.ok ? {} : parsed.issues
  const errorOf = (name: string) => (issues[name] ? validationText(t, issues[name]) : undefined)

  const computed = useMemo(() => {
    if (!parsed.ok) return null
    try {
      const options = { parameters: table }
      const result = calculateEarningsImpact(parsed.input, options)
      const hourly = hourlyWageOf(values)
      return {
        result,
        summary: incomeSummary(parsed.input, result),
        breakEven: breakEven(parsed.input, hourly, options),
        hourlyKnown: hourly !== undefined,
        error: null,
      }
    } catch (error) {
      return { error: engineMessage(t, error) }
    }
  }, [parsed, table, values, t])

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>
            {client ? t('calculator.titleForClient', { name: clientName(client) }) : t('calculator.title')}
          </Title>
          <Text mt={4}>{t('calculator.intro')}</Text>
          {recorded && (
            <Text size="sm" c="dimmed">
              {t('calculator.prefilled', { date: formatDate(recorded.updatedAt) })}
            </Text>
          )}
        </div>
        <Anchor component={Link} to="/calculator/parameters" size="md">
          {t('calculator.parametersLink')}
        </Anchor>
      </Group>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <WagePanel control={control} table={table} errorOf={errorOf} values={values} />
            <BenefitsPanel control={control} errorOf={errorOf} />
            <HouseholdPanel control={control} errorOf={errorOf} values={values} />
            <SavePanel client={client} values={values} canSave={Boolean(computed && !computed.error && parsed.ok)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md" aria-live="polite">
            {!parsed.ok && (
              <Alert color="gray" variant="light">
                <Text c="dark">{t('calculator.result.incomplete')}</Text>
              </Alert>
            )}
            {computed?.error && (
              <Alert color="red" variant="light" role="alert">
                <Text c="red.9">{computed.error}</Text>
              </Alert>
            )}
            {parsed.ok && computed && !computed.error && computed.result && (
              <CalculationResults
                input={parsed.input}
                result={computed.result}
                summary={computed.summary}
                breakEven={computed.breakEven}
                parameters={computed.result.parametersUsed ?? []}
                hourlyKnown={computed.hourlyKnown}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <YearViewSection
        control={control}
        setValue={form.setValue}
        values={values}
        table={table}
        input={parsed.ok ? parsed.input : null}
      />
    </Stack>
  )
}

function engineMessage(t: TFunction, error: unknown): string {
  const field = inputErrorPath(error) ?? ''
  let detail: string
  if (field === 'wage.netMonthly') detail = t('calculator.result.needTaxRate')
  else if (field === 'month') detail = t('calculator.result.noRules')
  else detail = t('calculator.result.invalidField', { field })
  return t('calculator.result.engineError', { message: detail })
}

// ---- Panels -------------------------------------------------------------------------------
