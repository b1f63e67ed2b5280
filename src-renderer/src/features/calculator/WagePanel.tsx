import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { Controller, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { addMonths, type ParameterTable } from '@benefits'
import { formatEuro } from '../../format/format'
import { grossMonthlyOf, type CalcFormValues } from './calculator-form'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { NumField, type ErrorOf } from './NumField'

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

export function WagePanel({
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
        />
      </Stack>
    </Paper>
  )
}
