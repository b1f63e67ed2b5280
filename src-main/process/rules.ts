import { fail } from './errors'
import type { CaseloadRules } from './types'

/** Defaults from the spec, after Siun sote's model and the IPS-25 item 15 (first employer contact ≤ 30 days). */
export const DEFAULT_CASELOAD_RULES: Readonly<CaseloadRules> = Object.freeze({
  noContactDays: 21,
  firstEmployerContactDays: 30,
  unreachableDays: 60,
  unreachableAttempts: 3,
  maintenanceIntervalDays: 182,
  model: 'central',
})

const COUNT_RULES = [
  'noContactDays',
  'firstEmployerContactDays',
  'unreachableDays',
  'unreachableAttempts',
  'maintenanceIntervalDays',
] as const

/** Applies the defaults; an absent or undefined rule takes its default. Days and attempts are whole numbers ≥ 1. */
export function resolveRules(rules: Partial<CaseloadRules> | undefined): CaseloadRules {
  if (rules === undefined || rules === null) return { ...DEFAULT_CASELOAD_RULES }
  if (typeof rules !== 'object' || Array.isArray(rules)) fail('rules', 'expected an object')
  const resolved: CaseloadRules = { ...DEFAULT_CASELOAD_RULES }
  for (const [key, value] of Object.entries(rules)) {
    if (value === undefined) continue
    if (key === 'model') {
      if (value !== 'central' && value !== 'travelling') fail('rules.model', "expected 'central' or 'travelling'")
      resolved.model = value
    } else if ((COUNT_RULES as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3660) {
        fail(`rules.${key}`, `expected a whole number from 1 to 3660, got ${JSON.stringify(value)}`)
      }
      resolved[key as (typeof COUNT_RULES)[number]] = value
    } else fail(`rules.${key}`, 'unknown rule')
  }
  return resolved
}
