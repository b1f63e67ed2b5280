import { Paper, SimpleGrid, Title } from '@mantine/core'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { CalcFormValues } from './calculator-form'
import { NumField, type ErrorOf } from './NumField'

export function HouseholdPanel({
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
        <NumField control={control} name="adults" label={t('calculator.fields.adults')} error={errorOf('adults')} />
        <NumField
          control={control}
          name="children"
          label={t('calculator.fields.children')}
          error={errorOf('children')}
        />
        {enforcement && (
          <NumField
            control={control}
            name="enforcementDependants"
            label={t('calculator.fields.enforcementDependants')}
            error={errorOf('enforcementDependants')}
          />
        )}
      </SimpleGrid>
    </Paper>
  )
}
