import type { RowValues } from './definition'

/** Type-guarded readers for rules and prefill: stored values are untrusted JSON. */

export function readString(scope: RowValues | undefined, key: string): string {
  const value = scope?.[key]
  return typeof value === 'string' ? value : ''
}

export function readStrings(scope: RowValues | undefined, key: string): string[] {
  const value = scope?.[key]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

export function readBoolean(scope: RowValues | undefined, key: string): boolean | null {
  const value = scope?.[key]
  return typeof value === 'boolean' ? value : null
}

export function readNumber(scope: RowValues | undefined, key: string): number | null {
  const value = scope?.[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

export function readRows(scope: RowValues | undefined, key: string): RowValues[] {
  const value = scope?.[key]
  return Array.isArray(value) ? value.filter(isPlainObject) : []
}

export function isPlainObject(value: unknown): value is RowValues {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** "", whitespace, null, undefined, NaN and [] are empty; false is an answer, not empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (typeof value === 'number') return Number.isNaN(value)
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}
