import { localToday } from '../dates/dates'
import type { FieldDescriptor, FormDefinition, FormValues, PrefillContext, PrefillKey } from './definition'
import { allFields, emptyConsentRow, emptyRow } from './schema'
import { isEmptyValue, isPlainObject } from './values'

/**
 * Values for a new draft: empty values, then every field's prefill key resolved from the context,
 * then the form's own derived prefill (e.g. the job-search plan from the vocational profile).
 * Values that do not fit a field's kind are ignored, so a stale source never breaks a new draft.
 */
export function prefillValues(def: FormDefinition, context: PrefillContext): FormValues {
  const today = context.today ?? localToday()
  const values = def.emptyValues()
  const fields = allFields(def)
  for (const field of fields) {
    if (!field.prefill) continue
    const resolved = coerce(field, resolvePrefillKey(field.prefill, context, today))
    if (resolved !== undefined) values[field.id] = resolved
  }
  const derived = def.prefill?.(context, today) ?? {}
  for (const field of fields) {
    if (!(field.id in derived)) continue
    const resolved = coerce(field, derived[field.id])
    if (resolved !== undefined) values[field.id] = resolved
  }
  return values
}

export function resolvePrefillKey(key: PrefillKey, context: PrefillContext, today: string): unknown {
  if (key === 'today') return today
  if (key.startsWith('coach.')) return context.coach?.[key.slice('coach.'.length) as keyof typeof context.coach]
  if (key.startsWith('client.')) {
    const value = context.client[key.slice('client.'.length) as keyof PrefillContext['client']]
    return typeof value === 'number' ? String(value) : value
  }
  if (key.startsWith('latest:')) {
    const [formId = '', fieldId = ''] = key.slice('latest:'.length).split('.')
    return context.latest?.[formId]?.[fieldId]
  }
  return undefined
}

/** The value made to fit the field, or undefined when it is empty or of the wrong kind. */
function coerce(field: FieldDescriptor, value: unknown): unknown {
  if (isEmptyValue(value)) return undefined
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'date':
      return typeof value === 'string' ? value : undefined
    case 'select':
    case 'radio':
      return typeof value === 'string' && field.options.some((option) => option.value === value) ? value : undefined
    case 'checkboxes':
      return Array.isArray(value)
        ? value.filter((item) => field.options.some((option) => option.value === item))
        : undefined
    case 'yesno':
    case 'confirm':
      return typeof value === 'boolean' ? value : undefined
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined
    case 'rows':
    case 'consents': {
      if (!Array.isArray(value)) return undefined
      const template = field.kind === 'consents' ? emptyConsentRow() : emptyRow(field)
      const known = new Set(Object.keys(template))
      return value.filter(isPlainObject).map((row) => ({
        ...template,
        ...structuredClone(Object.fromEntries(Object.entries(row).filter(([key]) => known.has(key)))),
      }))
    }
  }
}
