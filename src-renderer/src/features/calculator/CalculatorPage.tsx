import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Grid,
  Group,
  Menu,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { Plus, Save, Trash2 } from 'lucide-react'
import { useMemo, useState } from 'react'
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { addMonths, breakEven, calculateEarningsImpact, incomeSummary, type ParameterTable } from '@benefits'
import { BENEFIT_KINDS, EARNINGS_PENSION_VARIANTS, UNEMPLOYMENT_VARIANTS } from '@shared/calculator/calculator-schema'
import type { Api } from '@core/api/handlers'
import type { Client } from '@shared/clients/client-schema'
import { formatDate, formatEuro } from '../../format/format'
import { clientName } from '../clients/client-name'
import { useClient, useClientList } from '../clients/client-queries'
import {
  BENEFIT_FIELDS,
  emptyBenefitRow,
  grossMonthlyOf,
  hourlyWageOf,
  initialValues,
  parseForm,
  wageEntryOf,
  type BenefitRow,
  type CalcFormValues,
  type NumberField,
} from './calculator-form'
import { useClientBenefits, useParameters, useSaveCalculation } from './calculator-queries'
import { CalculationResults } from './CalculationResults'
import { YearViewSection } from './YearViewSection'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { validationText } from '../../i18n/validation-text'

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
  const message = error instanceof Error ? error.message : String(error)
  const field = /^([\w.[\]]+):/.exec(message)?.[1] ?? ''
  let detail: string
  if (field === 'wage.netMonthly') detail = t('calculator.result.needTaxRate')
  else if (field === 'month') detail = t('calculator.result.noRules')
  else detail = t('calculator.result.invalidField', { field })
  return t('calculator.result.engineError', { message: detail })
}

// ---- Panels -------------------------------------------------------------------------------

type ErrorOf = (name: string) => string | undefined

const NUMBER_PROPS = {
  decimalSeparator: ',',
  thousandSeparator: ' ',
  hideControls: true,
  allowNegative: false,
} as const

function NumField({
  control,
  name,
  label,
  error,
  suffix,
  description,
  decimalScale = 2,
  max,
}: {
  control: Control<CalcFormValues>
  name: string
  label: string
  error?: string
  suffix?: string
  description?: string
  decimalScale?: number
  max?: number
}) {
  return (
    <Controller
      control={control}
      name={name as 'grossMonthly'}
      render={({ field }) => (
        <NumberInput
          {...NUMBER_PROPS}
          label={label}
          description={description}
          decimalScale={decimalScale}
          suffix={suffix}
          max={max}
          value={field.value as NumberField}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          onBlur={field.onBlur}
          name={field.name}
          error={error}
          size="md"
        />
      )}
    />
  )
}

const monthNameFormat = new Intl.DateTimeFormat('fi-FI', { month: 'long', year: 'numeric' })

function monthOptions(table: ParameterTable): Array<{ value: string; label: string }> {
  const first = table.rows.reduce((min, row) => (row.validFrom < min ? row.validFrom : min), '9999').slice(0, 7)
  const options: Array<{ value: string; label: string }> = []
  for (let month = first; month <= table.validThrough; month = addMonths(month, 1)) {
    const date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)
    options.push({ value: month, label: monthNameFormat.format(date) })
  }
  return options.reverse()
}

function WagePanel({
  control,
  table,
  errorOf,
  values,
}: {
  control: Control<CalcFormValues>
  table: ParameterTable
  errorOf: ErrorOf
  values: CalcFormValues
}) {
  const { t } = useTranslation()
  const months = useMemo(() => monthOptions(table), [table])
  const monthly = grossMonthlyOf(values)
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-wage-heading">
      <Title order={2} size="h3" mb="sm" id="calc-wage-heading">
        {t('calculator.sections.wage')}
      </Title>
      <Stack gap="sm">
        <Controller
          control={control}
          name="month"
          render={({ field }) => (
            <Select
              label={t('calculator.fields.month')}
              description={t('calculator.fields.monthHelp')}
              data={months}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              allowDeselect={false}
              searchable
              size="md"
              error={errorOf('month')}
            />
          )}
        />
        <Controller
          control={control}
          name="wageMode"
          render={({ field }) => (
            <LabelledSegmentedControl
              label={t('calculator.fields.wageMode')}
              value={field.value}
              onChange={field.onChange}
              data={[
                { value: 'monthly', label: t('calculator.fields.wageModes.monthly') },
                { value: 'hourly', label: t('calculator.fields.wageModes.hourly') },
              ]}
            />
          )}
        />
        {values.wageMode === 'monthly' ? (
          <SimpleGrid cols={2} spacing="sm">
            <NumField
              control={control}
              name="grossMonthly"
              label={t('calculator.fields.grossMonthly')}
              error={errorOf('grossMonthly')}
            />
            <NumField
              control={control}
              name="hoursPerWeek"
              label={t('calculator.fields.hoursPerWeekOptional')}
              error={errorOf('hoursPerWeek')}
              decimalScale={1}
            />
          </SimpleGrid>
        ) : (
          <>
            <SimpleGrid cols={2} spacing="sm">
              <NumField
                control={control}
                name="hourlyWage"
                label={t('calculator.fields.hourlyWage')}
                error={errorOf('hourlyWage')}
              />
              <NumField
                control={control}
                name="hoursPerWeek"
                label={t('calculator.fields.hoursPerWeek')}
                error={errorOf('hoursPerWeek')}
                decimalScale={1}
              />
            </SimpleGrid>
            {monthly !== undefined && (
              <Text size="md" data-testid="monthly-from-hourly">
                {t('calculator.fields.monthlyFromHourly', { amount: formatEuro(monthly) })}
              </Text>
            )}
          </>
        )}
        <NumField
          control={control}
          name="taxRatePercent"
          label={t('calculator.fields.taxRatePercent')}
          description={t('calculator.fields.taxRateHelp')}
          error={errorOf('taxRatePercent')}
          decimalScale={1}
          suffix=" %"
          max={100}
        />
      </Stack>
    </Paper>
  )
}

function BenefitsPanel({ control, errorOf }: { control: Control<CalcFormValues>; errorOf: ErrorOf }) {
  const { t } = useTranslation()
  const { fields, append, remove } = useFieldArray({ control, name: 'benefits' })
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-benefits-heading">
      <Title order={2} size="h3" mb="sm" id="calc-benefits-heading">
        {t('calculator.sections.benefits')}
      </Title>
      <Stack gap="md">
        {fields.length === 0 && <Text>{t('calculator.noBenefits')}</Text>}
        {fields.map((field, index) => (
          <BenefitRowEditor
            key={field.id}
            control={control}
            index={index}
            kind={field.kind}
            onRemove={() => remove(index)}
            errorOf={errorOf}
          />
        ))}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="outline" leftSection={<Plus size={18} aria-hidden />} size="md" w="fit-content">
              {t('calculator.addBenefit')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {BENEFIT_KINDS.map((kind) => (
              <Menu.Item key={kind} fz="md" onClick={() => append(emptyBenefitRow(kind))}>
                {t(`calculator.kinds.${kind}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Stack>
    </Paper>
  )
}

function BenefitRowEditor({
  control,
  index,
  kind,
  onRemove,
  errorOf,
}: {
  control: Control<CalcFormValues>
  index: number
  kind: BenefitRow['kind']
  onRemove: () => void
  errorOf: ErrorOf
}) {
  const { t } = useTranslation()
  const name = t(`calculator.kinds.${kind}`)
  const prefix = `benefits.${index}`
  const fields = BENEFIT_FIELDS[kind]
  const variants =
    kind === 'earnings-disability-pension'
      ? EARNINGS_PENSION_VARIANTS
      : kind === 'unemployment-benefit'
        ? UNEMPLOYMENT_VARIANTS
        : []
  return (
    <fieldset
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, padding: 12, margin: 0 }}
      data-testid="benefit-row"
    >
      <Group justify="space-between" wrap="nowrap" mb={6}>
        <Text component="legend" fw={700} size="md" style={{ float: 'left', padding: 0 }}>
          {name}
        </Text>
        <ActionIcon
          variant="subtle"
          color="red.9"
          size="lg"
          onClick={onRemove}
          aria-label={t('calculator.removeBenefit', { name })}
        >
          <Trash2 size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={2} spacing="sm" style={{ clear: 'both' }}>
        {fields.map((field) => {
          if (field === 'variant') {
            return (
              <Controller
                key={field}
                control={control}
                name={`benefits.${index}.variant`}
                render={({ field: f }) => (
                  <Select
                    label={t('calculator.fields.variant')}
                    data={variants.map((variant) => ({ value: variant, label: t(`calculator.variants.${variant}`) }))}
                    value={f.value}
                    onChange={(value) => value && f.onChange(value)}
                    allowDeselect={false}
                    size="md"
                  />
                )}
              />
            )
          }
          if (field === 'disabilityBased') {
            return (
              <Controller
                key={field}
                control={control}
                name={`benefits.${index}.disabilityBased`}
                render={({ field: f }) => (
                  <Checkbox
                    label={t('calculator.fields.disabilityBased')}
                    checked={f.value}
                    onChange={(event) => f.onChange(event.currentTarget.checked)}
                    size="md"
                    mt="lg"
                  />
                )}
              />
            )
          }
          return (
            <NumField
              key={field}
              control={control}
              name={`${prefix}.${field}`}
              label={t(`calculator.fields.${field}`)}
              error={errorOf(`${prefix}.${field}`)}
            />
          )
        })}
      </SimpleGrid>
    </fieldset>
  )
}

function HouseholdPanel({
  control,
  errorOf,
  values,
}: {
  control: Control<CalcFormValues>
  errorOf: ErrorOf
  values: CalcFormValues
}) {
  const { t } = useTranslation()
  const enforcement = values.benefits.some((row) => row.kind === 'debt-enforcement')
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-household-heading">
      <Title order={2} size="h3" mb="sm" id="calc-household-heading">
        {t('calculator.sections.household')}
      </Title>
      <SimpleGrid cols={enforcement ? 3 : 2} spacing="sm">
        <NumField
          control={control}
          name="adults"
          label={t('calculator.fields.adults')}
          error={errorOf('adults')}
          decimalScale={0}
        />
        <NumField
          control={control}
          name="children"
          label={t('calculator.fields.children')}
          error={errorOf('children')}
          decimalScale={0}
        />
        {enforcement && (
          <NumField
            control={control}
            name="enforcementDependants"
            label={t('calculator.fields.enforcementDependants')}
            error={errorOf('enforcementDependants')}
            decimalScale={0}
          />
        )}
      </SimpleGrid>
    </Paper>
  )
}

function SavePanel({ client, values, canSave }: { client: Client | null; values: CalcFormValues; canSave: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const save = useSaveCalculation()
  const clients = useClientList('', false)
  const [chosenClient, setChosenClient] = useState<string | null>(client?.id ?? null)
  const [failed, setFailed] = useState(false)
  const onSave = async () => {
    const parsed = parseForm(values)
    if (!parsed.ok || !chosenClient) return
    setFailed(false)
    try {
      const saved = await save.mutateAsync({
        clientId: chosenClient,
        input: parsed.input,
        wageEntry: wageEntryOf(values),
        ...(values.yearOpen
          ? {
              yearPlan: {
                startMonth: parsed.input.month,
                grossWages: values.yearWages.map((wage) => (wage === '' ? 0 : wage)),
              },
            }
          : {}),
      })
      notifications.show({
        message: t('calculator.save.saved'),
        color: '#1e6b30',
        closeButtonProps: { 'aria-label': t('calculator.closeNotice') },
      })
      navigate(`/calculations/${saved.id}`)
    } catch {
      setFailed(true)
    }
  }
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-save-heading">
      <Title order={2} size="h3" mb="sm" id="calc-save-heading">
        {t('calculator.sections.save')}
      </Title>
      <Stack gap="sm">
        {!client && (
          <Select
            label={t('calculator.save.client')}
            placeholder={t('calculator.save.clientPlaceholder')}
            data={(clients.data ?? []).map((item) => ({ value: item.id, label: clientName(item) }))}
            value={chosenClient}
            onChange={setChosenClient}
            searchable
            size="md"
          />
        )}
        <Text size="sm">{t('calculator.save.help')}</Text>
        {failed && (
          <Alert color="red" role="alert">
            <Text c="red.9">{t('calculator.save.failed')}</Text>
          </Alert>
        )}
        <Button
          leftSection={<Save size={18} aria-hidden />}
          size="md"
          onClick={() => void onSave()}
          disabled={!canSave || !chosenClient}
          loading={save.isPending}
          w="fit-content"
        >
          {t('calculator.save.button')}
        </Button>
      </Stack>
    </Paper>
  )
}
