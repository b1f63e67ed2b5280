import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { Link, useParams } from 'react-router'
import {
  breakEven,
  calculateEarningsImpact,
  incomeSummary,
  inputErrorPath,
  type CalcInput,
  type ParameterTable,
} from '@benefits'
import type { Api } from '@shared/api'
import { pensionKeepingWage } from '@shared/calculator/keep-pension'
import type { Client } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { validationText } from '../../i18n/validation-text'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { BenefitsPanel } from './BenefitsPanel'
import {
  formFieldOfEnginePath,
  grossMonthlyOf,
  hourlyWageOf,
  initialValues,
  parseForm,
  wageEntryOf,
  type CalcFormValues,
} from './calculator-form'
import { useCalculatorDraft, useClientBenefits, useParameters } from './calculator-queries'
import { CalculationResults } from './CalculationResults'
import { fieldLabel } from './field-labels'
import { HouseholdPanel } from './HouseholdPanel'
import { SavePanel } from './SavePanel'
import { useWarnBeforeUnload } from '../../forms-ui/use-warn-before-unload'
import { WagePanel } from './WagePanel'
import { YearViewSection } from './YearViewSection'

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

/** The engine's answer for a valid input: results, summary, limits and the wage that keeps the pension. */
function compute(input: CalcInput, hourly: number | undefined, table: ParameterTable) {
  const options = { parameters: table }
  const result = calculateEarningsImpact(input, options)
  const limits = breakEven(input, hourly, options)
  return {
    result,
    summary: incomeSummary(input, result),
    breakEven: limits,
    keepPension: pensionKeepingWage(input, result, limits, options),
  }
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
  const draft = useCalculatorDraft(client?.id ?? 'none')
  const fresh = useMemo(() => initialValues(recorded), [recorded])
  // Unsaved input from an earlier visit (in memory only) wins over the recorded benefits.
  const [restored] = useState(() => draft.read())
  const [restoredNotice, setRestoredNotice] = useState(Boolean(restored))
  const form = useForm<CalcFormValues>({ defaultValues: restored ?? fresh })
  const { control } = form
  const values = useWatch({ control }) as CalcFormValues
  const parsed = useMemo(() => parseForm(values), [values])
  const hourly = hourlyWageOf(values)

  // Recomputed only when the parsed input changes (a half-typed "712," reads as 712 and computes nothing new).
  const inputKey = parsed.ok ? JSON.stringify(parsed.input) : ''
  const computed = useMemo(() => {
    if (!parsed.ok) return null
    try {
      return { ok: true as const, ...compute(parsed.input, hourly, table) }
    } catch (error) {
      return { ok: false as const, ...engineProblem(t, error, values) }
    }
    // parsed.input is read through inputKey; values only for the words of an error
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputKey, hourly, table, t])

  const freshKey = useMemo(() => JSON.stringify(fresh), [fresh])
  // Once saved, the input is forgotten (saving refreshes the recorded benefits, which must not write it back).
  const [saved, setSaved] = useState(false)
  const dirty = !saved && JSON.stringify(values) !== freshKey
  useEffect(() => {
    if (saved) return
    if (dirty) draft.write(values)
    else draft.clear()
  }, [values, dirty, draft, saved])
  useWarnBeforeUnload(dirty)
  const onSaved = () => {
    setSaved(true)
    draft.clear()
  }

  const issues = parsed.ok ? {} : parsed.issues
  const errorOf = (name: string) => {
    const issue = issues[name]
    if (issue) return validationText(t, issue.message, issue.values)
    return computed && !computed.ok && computed.field === name ? computed.message : undefined
  }
  const toSave =
    parsed.ok && computed?.ok
      ? {
          input: parsed.input,
          wageEntry: wageEntryOf(values),
          ...(parsed.yearWages ? { yearPlan: { startMonth: parsed.input.month, grossWages: parsed.yearWages } } : {}),
        }
      : null
  const waitingFor = Object.keys(issues).map((field) => fieldLabel(t, field, values))

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>
            {client ? t('calculator.titleForClient', { name: clientName(client) }) : t('calculator.title')}
          </Title>
          <Text mt={4}>{t('calculator.intro')}</Text>
          {recorded && (
            <Text size="sm" c="gray.7">
              {t('calculator.prefilled', { date: formatDate(recorded.updatedAt) })}
            </Text>
          )}
        </div>
        <Anchor component={Link} to="/calculator/parameters" size="md">
          {t('calculator.parametersLink')}
        </Anchor>
      </Group>
      {restoredNotice && (
        <Alert color="blue" variant="light" data-testid="calc-restored">
          <Group justify="space-between" gap="sm">
            <Text c="dark">{t('calculator.draft.restored')}</Text>
            <Button
              variant="outline"
              color="dark"
              size="sm"
              onClick={() => {
                form.reset(fresh)
                draft.clear()
                setRestoredNotice(false)
              }}
            >
              {t('calculator.draft.startOver')}
            </Button>
          </Group>
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <WagePanel control={control} table={table} errorOf={errorOf} values={values} />
            <BenefitsPanel control={control} errorOf={errorOf} rows={values.benefits} />
            <HouseholdPanel control={control} errorOf={errorOf} values={values} />
            <SavePanel client={client} toSave={toSave} onSaved={onSaved} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {!parsed.ok && (
              <Alert color="gray" variant="light" data-testid="calc-waiting">
                <Text c="dark">{t('calculator.result.waiting', { fields: waitingFor.join('; ') })}</Text>
              </Alert>
            )}
            {computed && !computed.ok && (
              <Alert color="red" variant="light" role="alert">
                <Text c="red.9">{t('calculator.result.engineError', { message: computed.message })}</Text>
              </Alert>
            )}
            {parsed.ok && computed?.ok && (
              <CalculationResults
                input={parsed.input}
                result={computed.result}
                summary={computed.summary}
                breakEven={computed.breakEven}
                keepPension={computed.keepPension}
                parameters={computed.result.parametersUsed ?? []}
                hourlyKnown={hourly !== undefined}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <YearViewSection
        control={control}
        setValue={form.setValue}
        open={values.yearOpen}
        month={values.month}
        grossMonthly={grossMonthlyOf(values)}
        table={table}
        input={parsed.ok && computed?.ok ? parsed.input : null}
        yearWages={parsed.ok ? parsed.yearWages : null}
        wagesEmpty={values.yearWages.every((wage) => wage.trim() === '')}
        errorOf={errorOf}
      />
    </Stack>
  )
}

/** An engine input error in words, and the form field it belongs to (shown there after the blur, and above the
 *  results at once). */
function engineProblem(t: TFunction, error: unknown, values: CalcFormValues): { message: string; field?: string } {
  const path = inputErrorPath(error)
  if (path === undefined) return { message: t('errors.unexpected') }
  if (path === 'month') return { message: t('calculator.result.noRules') }
  if (path === 'wage.netMonthly') return { message: t('calculator.result.needTaxRate'), field: 'taxRatePercent' }
  const field = formFieldOfEnginePath(path, values)
  if (field.endsWith('.netMonthly')) return { message: t('calculator.result.netOverGross'), field }
  if (field.endsWith('.kind')) {
    const housing = values.benefits.filter(
      (row) => row.kind === 'housing-allowance' || row.kind === 'pensioners-housing-allowance',
    )
    return { message: t(housing.length > 1 ? 'calculator.result.bothHousing' : 'calculator.result.onlyOnce'), field }
  }
  return { message: t('calculator.result.invalidField', { field: fieldLabel(t, field, values) }), field }
}
