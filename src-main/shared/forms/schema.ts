import { z } from 'zod'
import { conditionHolds } from './conditions'
import type {
  ConsentRow,
  ConsentsField,
  FieldDescriptor,
  FormDefinition,
  FormSpec,
  FormValues,
  MessageValues,
  ReportIssue,
  RowsField,
  RowValues,
  SimpleField,
} from './definition'
import { isIsoDate } from '../dates/dates'
import { messages } from './messages'
import type { ValidationMessage } from '../validation/messages'
import { isEmptyValue, isPlainObject } from './values'

const DEFAULT_MAX_LENGTH = { text: 1_000, textarea: 20_000, email: 200, phone: 40 } as const
const PHONE = /^\+?[\d\s()-]{5,}$/

export function defineForm(spec: FormSpec): FormDefinition {
  return {
    ...spec,
    schema: buildFinaliseSchema(spec),
    draftSchema: buildDraftSchema(spec),
    emptyValues: () => emptyValuesOf(spec),
  }
}

export function allFields(spec: Pick<FormSpec, 'sections'>): FieldDescriptor[] {
  return spec.sections.flatMap((section) => section.fields)
}

// ---------- empty values ----------

export function emptyValueOf(field: FieldDescriptor): unknown {
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'select':
    case 'radio':
      return field.defaultValue ?? ''
    case 'date':
      return ''
    case 'checkboxes':
      return [...(field.defaultValue ?? [])]
    case 'yesno':
    case 'number':
      return null
    case 'confirm':
      return false
    case 'rows':
      return Array.from({ length: field.initialRows ?? field.minRows ?? 0 }, () => emptyRow(field))
    case 'consents':
      return (field.defaultRows ?? []).map((row) => ({ ...emptyConsentRow(), ...structuredClone(row) }))
  }
}

/** A new row for a rows/consents group (what useFieldArray's append needs). */
export function emptyRow(field: RowsField | ConsentsField): RowValues {
  if (field.kind === 'consents') return { ...emptyConsentRow() }
  return Object.fromEntries(field.fields.map((sub) => [sub.id, emptyValueOf(sub)]))
}

export function emptyConsentRow(): ConsentRow {
  return {
    party: '',
    partyName: '',
    direction: '',
    dataContent: [],
    dataContentOther: '',
    purpose: '',
    validity: '',
    validUntil: '',
    consent: null,
    givenOn: '',
    withdrawnOn: '',
  }
}

function emptyValuesOf(spec: FormSpec): FormValues {
  return Object.fromEntries(allFields(spec).map((field) => [field.id, emptyValueOf(field)]))
}

// ---------- finalisation ----------

function buildFinaliseSchema(spec: FormSpec): z.ZodType<FormValues, FormValues> {
  return z.looseObject({}).superRefine((values, ctx) => {
    const report: ReportIssue = (path, message, values) => {
      ctx.addIssue({ code: 'custom', path: toPathSegments(path), message, params: values })
    }
    for (const section of spec.sections) {
      if (!conditionHolds(section.visibleWhen, values)) continue
      for (const field of section.fields) checkField(field, values, field.id, report)
    }
    spec.rules?.(values, report)
  })
}

export function toPathSegments(path: string): Array<string | number> {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}

function checkField(field: FieldDescriptor, scope: RowValues, path: string, report: ReportIssue): void {
  if (field.readOnly || !conditionHolds(field.visibleWhen, scope)) return
  const value = scope[field.id]
  if (field.kind === 'rows' || field.kind === 'consents') {
    checkRows(field, value, path, report)
    return
  }
  const problem = problemOf(field, value)
  if (problem) report(path, problem, limitValues(field, problem))
}

/** The limit a message mentions ({{min}}, {{max}}, {{maxLength}}), from the field. */
function limitValues(field: SimpleField, message: ValidationMessage): MessageValues | undefined {
  if (field.kind === 'number' && message === messages.min) return { min: field.min ?? 0 }
  if (field.kind === 'number' && message === messages.max) return { max: field.max ?? 0 }
  if (message === messages.tooLong && field.kind in DEFAULT_MAX_LENGTH) {
    return { maxLength: maxLengthOf(field as SimpleField & { kind: keyof typeof DEFAULT_MAX_LENGTH }) }
  }
  return undefined
}

function maxLengthOf(field: SimpleField & { kind: keyof typeof DEFAULT_MAX_LENGTH }): number {
  return ('maxLength' in field ? field.maxLength : undefined) ?? DEFAULT_MAX_LENGTH[field.kind]
}

function checkRows(field: RowsField | ConsentsField, value: unknown, path: string, report: ReportIssue): void {
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    report(path, messages.wrongType)
    return
  }
  const rowValues = value ?? []
  const minRows = Math.max(field.minRows ?? 0, field.required ? 1 : 0)
  if (rowValues.length < minRows) report(path, messages.minRows, { count: minRows })
  rowValues.forEach((row, index) => {
    if (!isPlainObject(row)) {
      report(`${path}.${index}`, messages.wrongType)
      return
    }
    for (const sub of field.fields) checkField(sub, row, `${path}.${index}.${sub.id}`, report)
  })
}

/** The problem with one simple field's value (a message key), or undefined when it is fine. */
function problemOf(field: SimpleField, value: unknown): ValidationMessage | undefined {
  if (isEmptyValue(value) || (field.kind === 'confirm' && value === false)) {
    if (!field.required) return undefined
    return requiredMessage(field)
  }
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone': {
      if (typeof value !== 'string') return messages.wrongType
      if (value.length > maxLengthOf(field)) return messages.tooLong
      if (field.kind === 'email' && !z.email().safeParse(value.trim()).success) return messages.invalidEmail
      if (field.kind === 'phone' && !PHONE.test(value.trim())) return messages.invalidPhone
      return undefined
    }
    case 'date':
      return isIsoDate(value) ? undefined : messages.invalidDate
    case 'select':
    case 'radio':
      if (typeof value !== 'string') return messages.wrongType
      return field.options.some((option) => option.value === value) ? undefined : messages.invalidOption
    case 'checkboxes':
      if (!Array.isArray(value)) return messages.wrongType
      return value.every((item) => field.options.some((option) => option.value === item))
        ? undefined
        : messages.invalidOption
    case 'yesno':
    case 'confirm':
      return typeof value === 'boolean' ? undefined : messages.wrongType
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return messages.invalidNumber
      if (field.integer && !Number.isInteger(value)) return messages.integer
      if (field.min !== undefined && value < field.min) return messages.min
      if (field.max !== undefined && value > field.max) return messages.max
      return undefined
  }
}

function requiredMessage(field: SimpleField): ValidationMessage {
  switch (field.kind) {
    case 'select':
    case 'radio':
      return messages.chooseOne
    case 'checkboxes':
      return messages.chooseAtLeastOne
    case 'yesno':
      return messages.yesNo
    case 'confirm':
      return messages.confirm
    default:
      return messages.required
  }
}

// ---------- drafts ----------

/** A draft's JSON may be this long at most: far above any real form, far below what would bloat the vault. */
export const MAX_DRAFT_JSON_CHARS = 500_000

function buildDraftSchema(spec: FormSpec): z.ZodType<FormValues, FormValues> {
  const shape = Object.fromEntries(allFields(spec).map((field) => [field.id, draftTypeOf(field).optional()]))
  return z.strictObject(shape) as z.ZodType<FormValues, FormValues>
}

function draftTypeOf(field: FieldDescriptor): z.ZodType {
  const error = messages.wrongType
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'date':
    case 'select':
    case 'radio':
      return z.string({ error })
    case 'checkboxes':
      return z.array(z.string({ error }), { error })
    case 'yesno':
      return z.boolean({ error }).nullable()
    case 'confirm':
      return z.boolean({ error })
    case 'number':
      return z.union([z.number(), z.null(), z.literal('')], { error })
    case 'rows':
    case 'consents': {
      const rowShape = Object.fromEntries(field.fields.map((sub) => [sub.id, draftTypeOf(sub).optional()]))
      return z.array(z.strictObject(rowShape), { error })
    }
  }
}
