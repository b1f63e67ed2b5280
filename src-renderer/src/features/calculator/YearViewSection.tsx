import { Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { Controller, type Control, type UseFormSetValue } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { calculateYearView, type CalcInput, type ParameterTable, type YearView } from '@benefits'
import { tableForYearView } from '@shared/calculator/year-plan'
import { formatEuro } from '../../format/format'
import { formatMonth, grossMonthlyOf, yearMonths, type CalcFormValues, type NumberField } from './calculator-form'
import { benefitName } from './benefit-name'

/** The 12-month view: the coach enters a wage per month, each month is calculated with its own rules. */
export function YearViewSection({
  control,
  setValue,
  values,
  table,
  input,
}: {
  control: Control<CalcFormValues>
  setValue: UseFormSetValue<CalcFormValues>
  values: CalcFormValues
  table: ParameterTable
  input: CalcInput | null
}) {
  const { t } = useTranslation()
  const gross = grossMonthlyOf(values) ?? 0
  const months = yearMonths(values.month)
  const view = useMemo(() => {
    if (!input || !values.yearOpen) return null
    const { table: yearTable, estimatedFrom } = tableForYearView(table, input.month)
    const { month: _month, wage, ...base } = input
    const { grossMonthly: _gross, netMonthly: _net, ...wageRest } = wage
    try {
      const yearView = calculateYearView(
        {
          startMonth: input.month,
          grossWages: values.yearWages.map((value) => (value === '' ? 0 : value)),
          base: { ...base, wage: wageRest },
        },
        { parameters: yearTable },
      )
      return { yearView, estimatedFrom }
    } catch {
      return null
    }
  }, [input, table, values.yearOpen, values.yearWages])

  const open = () => {
    if (values.yearWages.every((value) => value === ''))
      setValue(
        'yearWages',
        Array.from({ length: 12 }, () => gross),
      )
    setValue('yearOpen', true)
  }

  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-year-heading">
      <Title order={2} size="h3" mb="xs" id="calc-year-heading">
        {t('calculator.sections.year')}
      </Title>
      <Text mb="sm">{t('calculator.year.intro')}</Text>
      {!values.yearOpen ? (
        <Button variant="outline" size="md" onClick={open}>
          {t('calculator.year.show')}
        </Button>
      ) : (
        <Stack gap="sm">
          <Group>
            <Button
              variant="default"
              size="md"
              onClick={() =>
                setValue(
                  'yearWages',
                  Array.from({ length: 12 }, () => gross),
                )
              }
            >
              {t('calculator.year.fillAll', { amount: formatEuro(gross) })}
            </Button>
            <Button variant="subtle" size="md" onClick={() => setValue('yearOpen', false)}>
              {t('calculator.year.hide')}
            </Button>
          </Group>
          <Text size="md">{t('calculator.year.rule3')}</Text>
          {view?.estimatedFrom && (
            <Text size="md" c="violet.9">
              {t('calculator.year.beyondTable', { from: formatMonth(view.estimatedFrom) })}
            </Text>
          )}
          <YearTable
            months={months}
            view={view?.yearView ?? null}
            estimatedFrom={view?.estimatedFrom}
            wageCell={(index) => (
              <Controller
                control={control}
                name={`yearWages.${index}`}
                render={({ field }) => (
                  <NumberInput
                    decimalSeparator=","
                    thousandSeparator=" "
                    hideControls
                    allowNegative={false}
                    decimalScale={2}
                    aria-label={t('calculator.year.wageForMonth', { month: formatMonth(months[index]!) })}
                    value={field.value as NumberField}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                    size="md"
                    w={140}
                  />
                )}
              />
            )}
          />
          {view && input && <YearOutcome view={view.yearView} input={input} />}
        </Stack>
      )}
    </Paper>
  )
}

export function YearTable({
  months,
  view,
  estimatedFrom,
  wageCell,
}: {
  months: string[]
  view: YearView | null
  estimatedFrom?: string
  wageCell: (index: number) => React.ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Table fz="md" verticalSpacing={4} striped data-testid="year-table" maw={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('calculator.year.month')}</Table.Th>
          <Table.Th>{t('calculator.year.wage')}</Table.Th>
          <Table.Th ta="right">{t('calculator.year.benefitsAfter')}</Table.Th>
          <Table.Th ta="right">{t('calculator.year.total')}</Table.Th>
          <Table.Th>{t('calculator.year.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((month, index) => {
          const row = view?.months[index]
          const benefits = row ? row.result.items.reduce((sum, item) => sum + item.amountAfter, 0) : undefined
          return (
            <Table.Tr key={month} data-testid="year-row">
              <Table.Td>{formatMonth(month)}</Table.Td>
              <Table.Td>{wageCell(index)}</Table.Td>
              <Table.Td ta="right">{benefits !== undefined ? formatEuro(benefits) : '–'}</Table.Td>
              <Table.Td ta="right">
                {benefits !== undefined && row ? formatEuro(benefits + row.grossWage) : '–'}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {row &&
                    (row.overLimit ? (
                      <Badge color="red.9" size="lg" tt="none" fz="sm" radius="sm">
                        {t('calculator.year.overLimit')}
                      </Badge>
                    ) : (
                      <Badge color="#1e6b30" variant="outline" size="lg" tt="none" fz="sm" radius="sm">
                        {t('calculator.year.withinLimit')}
                      </Badge>
                    ))}
                  {estimatedFrom && month >= estimatedFrom && (
                    <Badge color="violet.9" variant="outline" size="lg" tt="none" fz="sm" radius="sm">
                      {t('calculator.result.estimate')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

export function YearOutcome({ view, input }: { view: YearView; input: CalcInput }) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} data-testid="year-outcome">
      {view.pensions.map((pension) => {
        const name = benefitName(t, input, pension.benefitIndex)
        if (pension.runs.length === 0)
          return <Text key={pension.benefitIndex}>{t('calculator.year.pensionOk', { pension: name })}</Text>
        return pension.runs.map((run) => (
          <Text
            key={`${pension.benefitIndex}-${run.from}`}
            fw={run.outcome === 'suspended' ? 700 : 400}
            c={run.outcome === 'suspended' ? 'red.9' : undefined}
          >
            {t(run.months === 1 ? 'calculator.year.runOne' : 'calculator.year.run', {
              pension: name,
              from: formatMonth(run.from),
              to: formatMonth(run.to),
              count: run.months,
              outcome: t(`calculator.year.outcomes.${run.outcome}`),
            })}
          </Text>
        ))
      })}
      <Text size="md" mt={4}>
        {t('calculator.year.totals', {
          wages: formatEuro(view.totals.grossWages),
          before: formatEuro(view.totals.benefitsBefore),
          after: formatEuro(view.totals.benefitsAfter),
        })}
      </Text>
    </Stack>
  )
}
