import { conditionHolds } from './conditions'
import type { FieldDescriptor, FormDefinition, FormValues, SectionDescriptor, SignerRole } from './definition'
import { isPlainObject } from './values'

export function isSectionVisible(section: SectionDescriptor, values: FormValues): boolean {
  return conditionHolds(section.visibleWhen, values)
}

/** Finds a top-level field and its section. */
export function findField(
  def: Pick<FormDefinition, 'sections'>,
  fieldId: string,
): { section: SectionDescriptor; field: FieldDescriptor } | undefined {
  for (const section of def.sections) {
    const field = section.fields.find((candidate) => candidate.id === fieldId)
    if (field) return { section, field }
  }
  return undefined
}

/** Whether the field at a dotted path ('reason', 'workHistory.0.endDate') is shown for these values. */
export function isFieldVisible(def: Pick<FormDefinition, 'sections'>, values: FormValues, path: string): boolean {
  const [fieldId = '', index, subId] = path.split('.')
  const found = findField(def, fieldId)
  if (!found) return false
  if (!isSectionVisible(found.section, values) || !conditionHolds(found.field.visibleWhen, values)) return false
  if (subId === undefined || index === undefined) return true
  if (found.field.kind !== 'rows' && found.field.kind !== 'consents') return false
  const sub = found.field.fields.find((candidate) => candidate.id === subId)
  const rows = values[fieldId]
  const row = Array.isArray(rows) ? rows[Number(index)] : undefined
  return sub !== undefined && isPlainObject(row) && conditionHolds(sub.visibleWhen, row)
}

/** The signer roles that apply to these values (a role's `when` field must itself be visible). */
export function activeSigners(def: FormDefinition, values: FormValues): SignerRole[] {
  return def.signers.filter(
    (signer) => !signer.when || (conditionHolds(signer.when, values) && isFieldVisible(def, values, signer.when.field)),
  )
}
