import type {
  CheckboxesField,
  ChoiceField,
  ConfirmField,
  DateField,
  NumberField,
  Option,
  RowsField,
  SimpleField,
  TextField,
  YesNoField,
} from './definition'

/** Small constructors so definitions read as data: text('employer', 'Työnantaja', { required: true }). */

type Extra<F, Omitted extends string = never> = Omit<F, 'id' | 'label' | 'kind' | Omitted>

export const text = (id: string, label: string, extra: Extra<TextField> = {}): TextField => ({
  id,
  label,
  kind: 'text',
  ...extra,
})

export const textarea = (id: string, label: string, extra: Extra<TextField> = {}): TextField => ({
  id,
  label,
  kind: 'textarea',
  ...extra,
})

export const email = (id: string, label: string, extra: Extra<TextField> = {}): TextField => ({
  id,
  label,
  kind: 'email',
  ...extra,
})

export const phone = (id: string, label: string, extra: Extra<TextField> = {}): TextField => ({
  id,
  label,
  kind: 'phone',
  ...extra,
})

export const date = (id: string, label: string, extra: Extra<DateField> = {}): DateField => ({
  id,
  label,
  kind: 'date',
  ...extra,
})

export const select = (
  id: string,
  label: string,
  options: readonly Option[],
  extra: Extra<ChoiceField, 'options'> = {},
): ChoiceField => ({ id, label, kind: 'select', options, ...extra })

export const radio = (
  id: string,
  label: string,
  options: readonly Option[],
  extra: Extra<ChoiceField, 'options'> = {},
): ChoiceField => ({ id, label, kind: 'radio', options, ...extra })

export const checkboxes = (
  id: string,
  label: string,
  options: readonly Option[],
  extra: Extra<CheckboxesField, 'options'> = {},
): CheckboxesField => ({ id, label, kind: 'checkboxes', options, ...extra })

export const yesNo = (id: string, label: string, extra: Extra<YesNoField> = {}): YesNoField => ({
  id,
  label,
  kind: 'yesno',
  ...extra,
})

export const confirm = (id: string, label: string, extra: Extra<ConfirmField> = {}): ConfirmField => ({
  id,
  label,
  kind: 'confirm',
  ...extra,
})

export const number = (id: string, label: string, extra: Extra<NumberField> = {}): NumberField => ({
  id,
  label,
  kind: 'number',
  ...extra,
})

export const rows = (
  id: string,
  label: string,
  fields: readonly SimpleField[],
  extra: Extra<RowsField, 'fields'>,
): RowsField => ({ id, label, kind: 'rows', fields, ...extra })

/** Options from [value, label] pairs. */
export function options(...pairs: ReadonlyArray<readonly [string, string]>): Option[] {
  return pairs.map(([value, label]) => ({ value, label }))
}
