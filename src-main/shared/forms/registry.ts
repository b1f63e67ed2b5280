import type { FormDefinition } from './definition'
import { afterCoachingForm } from './after-coaching/definition'
import { closureForm } from './closure/definition'
import { closureFormV2 } from './closure/definition-v2'
import { cooperationAgreementForm } from './cooperation-agreement/definition'
import { cooperationAgreementFormV2 } from './cooperation-agreement/definition-v2'
import { disclosurePlanForm } from './disclosure-plan/definition'
import { educationPlanForm } from './education-plan/definition'
import { employerCooperationForm } from './employer-cooperation/definition'
import { employmentSupportPlanForm } from './employment-support-plan/definition'
import { employmentSupportPlanFormV2 } from './employment-support-plan/definition-v2'
import { jobEndForm } from './job-end/definition'
import { jobSearchPlanForm } from './job-search-plan/definition'
import { jobSearchPlanFormV2 } from './job-search-plan/definition-v2'
import { jobStartForm } from './job-start/definition'
import { referralForm } from './referral/definition'
import { vocationalProfileForm } from './vocational-profile/definition'
import { vocationalProfileFormV2 } from './vocational-profile/definition-v2'

/**
 * Every definition version that stored forms may refer to, in the order forms are offered to the coach (the order of
 * the IPS phases). Adding a form: one folder + one line here. Changing a form: a new schemaVersion (a copy of the
 * definition, or `reviseForm` of the previous one in definition-v2.ts), both listed here so old versions still render.
 */
const allDefinitions: readonly FormDefinition[] = [
  referralForm,
  cooperationAgreementForm,
  cooperationAgreementFormV2,
  vocationalProfileForm,
  vocationalProfileFormV2,
  disclosurePlanForm,
  jobSearchPlanForm,
  jobSearchPlanFormV2,
  educationPlanForm,
  employerCooperationForm,
  jobStartForm,
  employmentSupportPlanForm,
  employmentSupportPlanFormV2,
  jobEndForm,
  closureForm,
  closureFormV2,
  afterCoachingForm,
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
