import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Paper, Select, SimpleGrid, Text, TextInput, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { PARAMETER_LABELS, type ParameterKey, type ParameterUnit } from '@benefits'
import {
  PARAMETER_UNITS,
  parameterOverrideInputSchema,
  type ParameterOverrideInput,
} from '@shared/calculator/calculator-schema'
import { DateField } from '../../forms-ui/DateField'
import { MONEY, WHOLE, type NumberFormat } from '../../forms-ui/finnish-number'
import { NumberValueInput } from '../../forms-ui/FinnishNumberInput'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { useAddParameter } from './calculator-queries'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'

type Values = ParameterOverrideInput

/** How a new value is typed, by the figure's unit (a rate such as 0,0035 takes four decimals). */
const UNIT_FORMATS: Record<ParameterUnit, NumberFormat> = {
  'EUR/month': MONEY,
  'EUR/day': MONEY,
  'EUR/year': MONEY,
  rate: { decimals: 4 },
  days: { decimals: 2 },
  flag: WHOLE,
}
const ANY_VALUE: NumberFormat = { decimals: 4 }

export function AddParameterForm() {
  const { t } = useTranslation()
  const add = useAddParameter()
  const [failed, setFailed] = useState(false)
  const form = useForm<Values>({
    resolver: zodResolver(parameterOverrideInputSchema),
    defaultValues: {
      key: undefined,
      validFrom: '',
      value: undefined,
      status: 'verified',
      source: '',
      note: '',
      changedBy: '',
    },
  })
  const { control, register, handleSubmit, watch, reset } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const key = watch('key') as ParameterKey | undefined
  const keys = Object.keys(PARAMETER_LABELS) as ParameterKey[]

  const submit = handleSubmit(async (values) => {
    setFailed(false)
    try {
      await add.mutateAsync(values)
      notifications.show({
        message: t('calculator.parameters.added'),
        color: '#1e6b30',
        closeButtonProps: { 'aria-label': t('calculator.closeNotice') },
      })
      reset({
        key: undefined,
        validFrom: '',
        value: undefined,
        status: 'verified',
        source: '',
        note: '',
        changedBy: values.changedBy,
      })
    } catch {
      setFailed(true)
    }
  })

  return (
    <Paper p="md" withBorder component="form" onSubmit={submit} noValidate aria-labelledby="parameter-add-heading">
      <Title order={2} size="h3" id="parameter-add-heading">
        {t('calculator.parameters.addTitle')}
      </Title>
      <Text size="md" mb="sm">
        {t('calculator.parameters.addIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Controller
          control={control}
          name="key"
          render={({ field }) => (
            <Select
              label={t('calculator.parameters.key')}
              data={keys.map((value) => ({ value, label: PARAMETER_LABELS[value] }))}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              searchable
              size="md"
              error={errorText('key')}
              withAsterisk
            />
          )}
        />
        <Controller
          control={control}
          name="validFrom"
          render={({ field }) => (
            <DateField
              label={t('calculator.parameters.validFrom')}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={errorText('validFrom')}
              size="md"
              withAsterisk
            />
          )}
        />
        <Controller
          control={control}
          name="value"
          render={({ field }) => (
            <NumberValueInput
              ref={field.ref}
              label={`${t('calculator.parameters.newValue')}${key ? ` (${t(`calculator.parameters.units.${PARAMETER_UNITS[key]}`)})` : ''}`}
              description={t('calculator.parameters.newValueHelp')}
              format={key ? UNIT_FORMATS[PARAMETER_UNITS[key]] : ANY_VALUE}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              onBlur={field.onBlur}
              size="md"
              error={errorText('value')}
              withAsterisk
            />
          )}
        />
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <LabelledSegmentedControl
              label={t('calculator.parameters.newStatus')}
              value={field.value}
              onChange={field.onChange}
              data={[
                { value: 'verified', label: t('calculator.parameters.statuses.verified') },
                { value: 'estimated', label: t('calculator.parameters.statuses.estimated') },
              ]}
            />
          )}
        />
        <TextInput
          label={t('calculator.parameters.newSource')}
          size="md"
          {...register('source')}
          error={errorText('source')}
          withAsterisk
        />
        <TextInput
          label={t('calculator.parameters.changedBy')}
          size="md"
          {...register('changedBy')}
          error={errorText('changedBy')}
          withAsterisk
        />
        <Textarea
          label={t('calculator.parameters.note')}
          size="md"
          {...register('note')}
          error={errorText('note')}
          autosize
          minRows={1}
        />
      </SimpleGrid>
      {failed && (
        <Alert color="red" role="alert" mt="sm">
          <Text c="red.9">{t('errors.saveFailed')}</Text>
        </Alert>
      )}
      <Button type="submit" size="md" mt="md" loading={add.isPending}>
        {t('calculator.parameters.addButton')}
      </Button>
    </Paper>
  )
}
