import type { MantineSize } from '@mantine/core'
import { Controller, type Control } from 'react-hook-form'
import { FinnishNumberInput } from '../../forms-ui/FinnishNumberInput'
import { formatOfField, type CalcFormValues } from './calculator-form'

/** The words of a field's problem, by form field name (undefined when it has none). */
export type ErrorOf = (name: string) => string | undefined

/** A number field of the calculator: the Finnish number input, its text kept in the form, its error after the blur. */
export function NumField({
  control,
  name,
  label,
  error,
  description,
  ariaLabel,
  width,
  size = 'md',
}: {
  control: Control<CalcFormValues>
  /** the form field ("grossMonthly", "benefits.2.netMonthly", "yearWages.4"): it also gives the number format */
  name: string
  label?: string
  error?: string
  description?: string
  ariaLabel?: string
  width?: number
  size?: MantineSize
}) {
  return (
    <Controller
      control={control}
      name={name as 'grossMonthly'}
      render={({ field }) => (
        <FinnishNumberInput
          ref={field.ref}
          name={field.name}
          label={label}
          aria-label={ariaLabel}
          description={description}
          format={formatOfField(name)}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          errorAfterBlur={error}
          size={size}
          w={width}
        />
      )}
    />
  )
}
