import { Button, Fieldset, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Plus, Trash2 } from 'lucide-react'
import { memo } from 'react'
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  conditionHolds,
  emptyRow,
  localToday,
  type Condition,
  type ConsentsField,
  type FieldDescriptor,
  type RowsField,
  type SectionDescriptor,
} from '@shared/forms'
import { ConsentsPrint } from './ConsentsPrint'
import { PrintedField } from './FormPrintBody'
import { SimpleInput } from './SimpleInput'

/** "Suostumus" → "suostumus", for "Poista suostumus 2". */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fi') + text.slice(1)

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

/**
 * One section of a form. Memoised, and every field inside subscribes only to its own value, error and condition: a
 * keystroke renders the field typed in, not the form (issue 15: re-rendering the whole form made every self-sizing
 * text area measure itself again, 50–90 ms per key in the vocational profile).
 */
export const FormSection = memo(function FormSection({ section }: { section: SectionDescriptor }) {
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
})

function FieldView({ field, scope }: { field: FieldDescriptor; scope: string }) {
  const visible = useCondition(field.visibleWhen, scope)
  if (!visible) return null
  const path = `${scope}${field.id}`
  return (
    <div id={fieldDomId(path)}>
      {(field.kind === 'rows' || field.kind === 'consents') && field.readOnly ? (
        <ReadOnlyRows field={field} path={path} />
      ) : field.kind === 'rows' || field.kind === 'consents' ? (
        <RowsInput field={field} path={path} />
      ) : (
        <SimpleInput field={field} path={path} />
      )}
    </div>
  )
}

/** A snapshot copied from another form (the closure's ending consents): shown as printed, nothing to edit. */
function ReadOnlyRows({ field, path }: { field: RowsField | ConsentsField; path: string }) {
  const { t } = useTranslation()
  const { control } = useFormContext()
  const value: unknown = useWatch({ control, name: path })
  const empty = !Array.isArray(value) || value.length === 0
  return (
    <div role="group" aria-labelledby={`${fieldDomId(path)}-label`} className="print-inline">
      <Text fw={700} id={`${fieldDomId(path)}-label`}>
        {field.label}
      </Text>
      <Text c="dimmed" mb="sm">
        {empty ? t('forms.editor.snapshotEmpty') : t('forms.editor.snapshot')}
      </Text>
      {!empty &&
        (field.kind === 'consents' ? (
          <ConsentsPrint field={field} value={value} ended />
        ) : (
          <dl className="print-fields">
            <PrintedField field={field} values={{ [field.id]: value }} />
          </dl>
        ))}
    </div>
  )
}

function RowsInput({ field, path }: { field: RowsField | ConsentsField; path: string }) {
  const { t } = useTranslation()
  const { control, clearErrors } = useFormContext()
  const { fields, append, remove } = useFieldArray({ control, name: path })
  const { errors } = useFormState({ control, name: path })
  const error = (errors as Record<string, { message?: string; root?: { message?: string } }>)[path]
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
                  {t('forms.editor.removeRow', { row: `${lowerFirst(field.rowLabel)} ${index + 1}` })}
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
              // A consent added now is given today, like the first one (the coach changes it if not).
              append(field.kind === 'consents' ? { ...emptyRow(field), givenOn: localToday() } : emptyRow(field))
            }}
          >
            {field.addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  )
}
