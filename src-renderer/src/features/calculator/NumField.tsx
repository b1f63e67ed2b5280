import { NumberInput } from '@mantine/core'
import { Controller, type Control } from 'react-hook-form'
import type { CalcFormValues, NumberField } from './calculator-form'

export type ErrorOf = (name: string) => string | undefined

const NUMBER_PROPS = {
  decimalSeparator: ',',
  thousandSeparator: ' ',
  hideControls: true,
  allowNegative: false,
} as const

export function NumField({
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
