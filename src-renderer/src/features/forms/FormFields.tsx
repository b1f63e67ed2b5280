import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { Plus, Trash2 } from 'lucide-react'
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  conditionHolds,
  emptyRow,
  type Condition,
  type ConsentsField,
  type FieldDescriptor,
  type RowsField,
  type SectionDescriptor,
  type SimpleField,
} from '@shared/forms'
import { DateField } from '../../forms-ui/DateField'
import { numberFromInput } from '../../format/format'

/** DOM id of a field's wrapper; the problem list focuses the first control inside it. */
export const fieldDomId = (path: string) => `field-${path.replaceAll('.', '-')}`

/** Whether `condition` holds, watching only the one field it depends on (scope: '' top level, 'rows.0.' in a row). */
function useCondition(condition: Condition | undefined, scope: string): boolean {
  const { control } = useFormContext()
  const value: unknown = useWatch({
    control,
    name: condition ? `${scope}${condition.field}` : '__none__',
    disabled: !condition,
  })
  if (!condition) return true
  return conditionHolds(condition, { [condition.field]: value })
}

export function FormSection({ section }: { section: SectionDescriptor }) {
  const visible = useCondition(section.visibleWhen, '')
  if (!visible) return null
  return (
    <Paper
      component="section"
      withBorder
      p="lg"
      id={`section-${section.id}`}
      aria-labelledby={`section-${section.id}-heading`}
    >
      <Title order={2} size="h3" id={`section-${section.id}-heading`} mb={section.help ? 4 : 'md'}>
        {section.heading}
      </Title>
      {section.help && (
        <Text c="dimmed" mb="md">
          {section.help}
        </Text>
      )}
      <Stack gap="md">
        {section.fields.map((field) => (
          <FieldView key={field.id} field={field} scope="" />
        ))}
      </Stack>
    </Paper>
  )
}

function FieldView({ field, scope }: { field: FieldDescriptor; scope: string }) {
  const visible = useCondition(field.visibleWhen, scope)
  if (!visible) return null
  const path = `${scope}${field.id}`
  return (
    <div id={fieldDomId(path)}>
      {field.kind === 'rows' || field.kind === 'consents' ? (
        <RowsInput field={field} path={path} />
      ) : (
        <SimpleInput field={field} path={path} />
      )}
    </div>
  )
}

function RowsInput({ field, path }: { field: RowsField | ConsentsField; path: string }) {
  const { t } = useTranslation()
  const { control, formState, clearErrors } = useFormContext()
  const { fields, append, remove } = useFieldArray({ control, name: path })
  const error = (formState.errors as Record<string, { message?: string; root?: { message?: string } }>)[path]
  const message = error?.message ?? error?.root?.message
  return (
    <Fieldset
      legend={
        <Text fw={700}>
          {field.label}
          {field.required ? ' *' : ''}
        </Text>
      }
      variant="unstyled"
    >
      {field.help && (
        <Text c="dimmed" mb="sm">
          {field.help}
        </Text>
      )}
      <Stack gap="md">
        {fields.map((row, index) => (
          <Fieldset
            key={row.id}
            legend={`${field.rowLabel} ${index + 1}`}
            styles={{ legend: { fontWeight: 600, fontSize: '1rem' } }}
            data-testid={`row-${path}-${index}`}
          >
            <Stack gap="sm">
              {field.fields.map((sub) => (
                <FieldView key={sub.id} field={sub} scope={`${path}.${index}.`} />
              ))}
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  c="red.9"
                  leftSection={<Trash2 size={16} aria-hidden />}
                  onClick={() => remove(index)}
                >
                  {t('forms.editor.removeRow', { row: `${field.rowLabel} ${index + 1}` })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        {message && (
          <Text c="red.9" role="alert">
            {message}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<Plus size={16} aria-hidden />}
            onClick={() => {
              clearErrors(path)
              append(emptyRow(field))
            }}
          >
            {field.addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  )
}

function SimpleInput({ field, path }: { field: SimpleField; path: string }) {
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
                clearButtonProps={{ 'aria-label': t('forms.editor.clearDate', { label }) }}
              />
            )
          case 'number':
            return (
              <NumberInput
                {...shared}
                value={typeof input.value === 'number' ? input.value : ''}
                onChange={(value) => set(numberFromInput(value))}
                decimalSeparator=","
                allowDecimal={!field.integer}
                min={field.min}
                max={field.max}
                rightSection={
                  field.unit ? (
                    <Text size="sm" pr="xs">
                      {field.unit}
                    </Text>
                  ) : undefined
                }
                rightSectionWidth={field.unit ? 70 : undefined}
                hideControls
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
