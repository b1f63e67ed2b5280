import type { Condition, RowValues } from './definition'
import { isEmptyValue } from './values'

/** Evaluates a visibleWhen condition against its scope (the form values, or one row's values). */
export function conditionHolds(condition: Condition | undefined, scope: RowValues): boolean {
  if (!condition) return true
  const value = scope[condition.field]
  if ('equals' in condition) return value === condition.equals
  if ('oneOf' in condition) return typeof value === 'string' && condition.oneOf.includes(value)
  if ('notOneOf' in condition) return !(typeof value === 'string' && condition.notOneOf.includes(value))
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes)
  return !isEmptyValue(value)
}
