import type { FormDefinition, FormValues, MessageValues } from './definition'
import { findField } from './visibility'
import type { ValidationMessage } from '../validation/messages'

export interface FinaliseIssue {
  /** Dotted path as react-hook-form names fields, e.g. 'workHistory.0.employer'. */
  path: string
  /** A message key; the renderer shows its words with `values` filled in. */
  message: ValidationMessage
  values?: MessageValues
}

/** Problems that block finalising, in the order the fields appear on the form. Empty array = ready. */
export function validateForFinalise(def: FormDefinition, values: FormValues): FinaliseIssue[] {
  const result = def.schema.safeParse(values)
  if (result.success) return []
  const seen = new Set<string>()
  const issues: FinaliseIssue[] = []
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.')
    const key = `${path}\u0000${issue.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const values = issue.code === 'custom' ? (issue.params as MessageValues | undefined) : undefined
    // Every issue of a form schema comes from `report`, whose message is a key by type.
    issues.push({ path, message: issue.message as ValidationMessage, ...(values && { values }) })
  }
  const order = fieldOrder(def)
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => compareByForm(a.issue.path, b.issue.path, order) || a.index - b.index)
    .map(({ issue }) => issue)
}

/** Whether a draft has the right shape to be stored (never checks required fields). */
export function isValidDraft(def: FormDefinition, values: unknown): boolean {
  return def.draftSchema.safeParse(values).success
}

/** Finnish label for an issue path, e.g. 'Työhistoria, rivi 2: Työnantaja', for the problem list. */
export function fieldLabelForPath(def: FormDefinition, path: string): string {
  const [fieldId = '', index, subId] = path.split('.')
  const found = findField(def, fieldId)
  if (!found) return path
  const { field } = found
  if (index === undefined || (field.kind !== 'rows' && field.kind !== 'consents')) return field.label
  const rowLabel = `${field.rowLabel} ${Number(index) + 1}`
  const sub = field.fields.find((candidate) => candidate.id === subId)
  return sub ? `${field.label}, ${rowLabel}: ${sub.label}` : `${field.label}, ${rowLabel}`
}

function fieldOrder(def: FormDefinition): Map<string, number> {
  const order = new Map<string, number>()
  def.sections.forEach((section) => {
    section.fields.forEach((field) => {
      order.set(field.id, order.size)
      if (field.kind === 'rows' || field.kind === 'consents') {
        field.fields.forEach((sub, subIndex) => order.set(`${field.id}.*.${sub.id}`, subIndex))
      }
    })
  })
  return order
}

function compareByForm(a: string, b: string, order: Map<string, number>): number {
  const [aField = '', aRow, aSub] = a.split('.')
  const [bField = '', bRow, bSub] = b.split('.')
  const byField = (order.get(aField) ?? Number.MAX_SAFE_INTEGER) - (order.get(bField) ?? Number.MAX_SAFE_INTEGER)
  if (byField !== 0 || aField !== bField) return byField
  const byRow = (aRow === undefined ? -1 : Number(aRow)) - (bRow === undefined ? -1 : Number(bRow))
  if (byRow !== 0) return byRow
  return (order.get(`${aField}.*.${aSub}`) ?? -1) - (order.get(`${bField}.*.${bSub}`) ?? -1)
}
