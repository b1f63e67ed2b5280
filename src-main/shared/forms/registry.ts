import type { FormDefinition } from './definition'
import { closureForm } from './closure/definition'
import { cooperationAgreementForm, cooperationAgreementFormV1 } from './cooperation-agreement/definition'
import { employmentSupportPlanForm } from './employment-support-plan/definition'
import { jobSearchPlanForm } from './job-search-plan/definition'
import { referralForm } from './referral/definition'
import { vocationalProfileForm } from './vocational-profile/definition'

/**
 * Every definition version that stored forms may refer to, in the order forms are offered to the coach.
 * Adding a form: one folder + one line here. Changing a form: bump schemaVersion in its definition.ts,
 * keep the previous definition (e.g. as definition.v1.ts, or earlierVersion() when fields were only added) and list
 * both here so old versions still render.
 */
const allDefinitions: readonly FormDefinition[] = [
  referralForm,
  cooperationAgreementFormV1,
  cooperationAgreementForm,
  vocationalProfileForm,
  jobSearchPlanForm,
  employmentSupportPlanForm,
  closureForm,
]

/** form id → schemaVersion → definition. */
export const definitionsByVersion: ReadonlyMap<string, ReadonlyMap<number, FormDefinition>> = indexByVersion(
  allDefinitions,
)

/** The current (highest) version of each form, in offering order. */
export const formDefinitions: readonly FormDefinition[] = [...definitionsByVersion.values()].map(latestOf)

export const formIds: readonly string[] = formDefinitions.map((def) => def.id)

/** The definition to render a stored form with; without schemaVersion, the current one. */
export function getFormDefinition(id: string, schemaVersion?: number): FormDefinition | undefined {
  const versions = definitionsByVersion.get(id)
  if (!versions) return undefined
  return schemaVersion === undefined ? latestOf(versions) : versions.get(schemaVersion)
}

function indexByVersion(definitions: readonly FormDefinition[]): Map<string, Map<number, FormDefinition>> {
  const byId = new Map<string, Map<number, FormDefinition>>()
  for (const def of definitions) {
    const versions = byId.get(def.id) ?? new Map<number, FormDefinition>()
    if (versions.has(def.schemaVersion)) {
      throw new Error(`Form ${def.id} schema version ${def.schemaVersion} is registered twice`)
    }
    versions.set(def.schemaVersion, def)
    byId.set(def.id, versions)
  }
  return byId
}

function latestOf(versions: ReadonlyMap<number, FormDefinition>): FormDefinition {
  const latest = Math.max(...versions.keys())
  const def = versions.get(latest)
  if (!def) throw new Error('empty version map')
  return def
}
