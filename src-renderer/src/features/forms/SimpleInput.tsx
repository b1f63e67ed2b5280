import { Checkbox, Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { Controller, useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { type SimpleField } from '@shared/forms'
import { DateField } from '../../forms-ui/DateField'
import { WHOLE, type NumberFormat } from '../../forms-ui/finnish-number'
import { NumberValueInput } from '../../forms-ui/FinnishNumberInput'

const FORM_DECIMALS: NumberFormat = { decimals: 2 }

/** One question of a form: the input its kind asks for, wired to react-hook-form, with its error. */
export function SimpleInput({ field, path }: { field: SimpleField; path: string }) {
  const { t } = useTranslation()
  const { control, clearErrors } = useFormContext()
  const label = field.label
  const description = field.help ?? (field.readOnly ? t('forms.editor.readOnly') : undefined)
  const common = { label, description, withAsterisk: field.required, readOnly: field.readOnly }
  return (
    <Controller
      control={control}
      name={path}
      render={({ field: input, fieldState }) => {
        const error = fieldState.error?.message
        const set = (value: unknown) => {
          if (fieldState.error) clearErrors(path)
          input.onChange(value)
        }
        // What every input shares: label and help, the id the problem list focuses, focus and blur, the error.
        const shared = {
          ...common,
          id: `input-${path}`,
          ref: input.ref,
          onBlur: input.onBlur,
          error,
          size: 'md' as const,
        }
        switch (field.kind) {
          case 'text':
          case 'email':
          case 'phone':
            return (
              <TextInput
                {...shared}
                type={field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text'}
                value={(input.value as string) ?? ''}
                onChange={(event) => set(event.currentTarget.value)}
                maxLength={field.maxLength}
                placeholder={field.placeholder}
              />
            )
          case 'textarea':
            return (
              <Textarea
                {...shared}
                value={(input.value as string) ?? ''}
                onChange={(event) => set(event.currentTarget.value)}
                autosize
                minRows={3}
                maxLength={field.maxLength}
                placeholder={field.placeholder}
              />
            )
          case 'date':
            return (
              <DateField
                {...shared}
                value={(input.value as string) ?? ''}
                onChange={(value) => set(value ?? '')}
                styles={{ wrapper: { maxWidth: 220 } }}
              />
            )
          case 'number':
            return (
              <NumberValueInput
                {...shared}
                value={typeof input.value === 'number' ? input.value : null}
                onChange={set}
                // Whole numbers where the form asks for them; otherwise up to two decimals (hours, euros).
                format={field.integer ? WHOLE : FORM_DECIMALS}
                rightSection={
                  field.unit ? (
                    <Text size="sm" pr="xs">
                      {field.unit}
                    </Text>
                  ) : undefined
                }
                rightSectionWidth={field.unit ? 70 : undefined}
                styles={{ wrapper: { maxWidth: 260 } }}
              />
            )
          case 'select':
            return (
              <NativeSelect
                {...shared}
                value={(input.value as string) ?? ''}
                onChange={(event) => set(event.currentTarget.value)}
                data={[
                  { value: '', label: t('forms.editor.choose') },
                  ...field.options.map((option) => ({ value: option.value, label: option.label })),
                ]}
                disabled={field.readOnly}
              />
            )
          case 'radio':
            return (
              <Radio.Group {...common} value={(input.value as string) ?? ''} onChange={set} error={error} size="md">
                <Stack gap={8} mt={6}>
                  {field.options.map((option) => (
                    <Radio
                      key={option.value}
                      value={option.value}
                      label={option.label}
                      description={option.help}
                      onBlur={input.onBlur}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )
          case 'checkboxes':
            return (
              <Checkbox.Group
                {...common}
                value={Array.isArray(input.value) ? (input.value as string[]) : []}
                onChange={set}
                error={error}
                size="md"
              >
                <Stack gap={8} mt={6}>
                  {field.options.map((option) => (
                    <Checkbox
                      key={option.value}
                      value={option.value}
                      label={option.label}
                      description={option.help}
                      onBlur={input.onBlur}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )
          case 'yesno':
            return (
              <Radio.Group
                {...common}
                value={input.value === true ? 'yes' : input.value === false ? 'no' : ''}
                onChange={(value) => set(value === 'yes')}
                error={error}
                size="md"
              >
                <Group gap="xl" mt={6}>
                  <Radio value="yes" label={field.yesLabel ?? t('forms.editor.yes')} onBlur={input.onBlur} />
                  <Radio value="no" label={field.noLabel ?? t('forms.editor.no')} onBlur={input.onBlur} />
                </Group>
              </Radio.Group>
            )
          case 'confirm':
            return (
              <Checkbox
                id={`input-${path}`}
                ref={input.ref}
                label={label}
                description={description}
                checked={input.value === true}
                onChange={(event) => set(event.currentTarget.checked)}
                onBlur={input.onBlur}
                error={error}
                size="md"
              />
            )
        }
      }}
    />
  )
}
