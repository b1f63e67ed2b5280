import type { FormDefinition, FormSpec } from './definition'
import { defineForm } from './schema'

/**
 * An earlier schema version of a form that differs from the current one only by fields the later version added:
 * the same spec without them. Values stored with the earlier version keep validating (the draft schema refuses
 * unknown keys) and render with the current wording and print layout.
 */
export function earlierVersion(
  spec: FormSpec,
  schemaVersion: number,
  addedFieldIds: readonly string[],
): FormDefinition {
  const added = new Set(addedFieldIds)
  return defineForm({
    ...spec,
    schemaVersion,
    sections: spec.sections.map((section) => ({
      ...section,
      fields: section.fields.filter((field) => !added.has(field.id)),
    })),
  })
}
