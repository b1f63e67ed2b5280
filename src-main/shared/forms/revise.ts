import type { FieldDescriptor, FormDefinition, FormSpec, SectionDescriptor, SignerRole } from './definition'
import { signatureSection } from './common'
import { text } from './fields'
import { defineForm } from './schema'

export interface Revision {
  readonly schemaVersion: number
  /** New fields placed right after the field with this id (top-level fields only). */
  readonly fieldsAfter?: Readonly<Record<string, readonly FieldDescriptor[]>>
  /** New sections placed right before the section with this id. */
  readonly sectionsBefore?: Readonly<Record<string, readonly SectionDescriptor[]>>
  /** Fields replaced whole, by id (e.g. a choice list that changed). */
  readonly replaceFields?: Readonly<Record<string, FieldDescriptor>>
  readonly extraRules?: FormSpec['rules']
  readonly extraPrefill?: FormSpec['prefill']
  /** Add the optional guardian and interpreter signature lines (research §2.2, G5). */
  readonly otherSigners?: boolean
}

/**
 * The next schema version of a form, made from the previous definition and only what changed: old versions keep
 * rendering with the definition they were made with, and the wording of the fields both share stays in one place.
 */
export function reviseForm(base: FormDefinition, revision: Revision): FormDefinition {
  const { schema: _schema, draftSchema: _draft, emptyValues: _empty, ...spec } = base
  const sections = spec.sections.flatMap((section) => [
    ...(revision.sectionsBefore?.[section.id] ?? []),
    reviseSection(section, revision),
  ])
  const signers = revision.otherSigners ? [...spec.signers, ...OTHER_SIGNERS] : spec.signers
  return defineForm({
    ...spec,
    schemaVersion: revision.schemaVersion,
    sections,
    signers,
    rules: (values, report) => {
      spec.rules?.(values, report)
      revision.extraRules?.(values, report)
    },
    prefill: (context, today) => ({
      ...(spec.prefill?.(context, today) ?? {}),
      ...(revision.extraPrefill?.(context, today) ?? {}),
    }),
  })
}

function reviseSection(section: SectionDescriptor, revision: Revision): SectionDescriptor {
  const fields = section.fields.flatMap((field) => [
    revision.replaceFields?.[field.id] ?? field,
    ...(revision.fieldsAfter?.[field.id] ?? []),
  ])
  const others = revision.otherSigners && section.role === 'signatures' ? otherSignerFields() : []
  return { ...section, fields: [...fields, ...others] }
}

/** The names the guardian's and the interpreter's signature lines print (a line shows when its name is given). */
function otherSignerFields() {
  return [
    text('guardianName', 'Edunvalvojan nimi (jos edunvalvoja allekirjoittaa)'),
    text('interpreterName', 'Tulkin nimi (jos tulkki oli mukana)'),
  ]
}

/** The signature section with the guardian's and the interpreter's names: use with `OTHER_SIGNERS`. */
export function signatureSectionWithOthers(help?: string): SectionDescriptor {
  const section = signatureSection(help)
  return { ...section, fields: [...section.fields, ...otherSignerFields()] }
}

/** The guardian (edunvalvoja) and the interpreter (tulkki) sign when their name is given. */
export const OTHER_SIGNERS: readonly SignerRole[] = [
  {
    role: 'guardian',
    nameField: 'guardianName',
    label: 'Edunvalvoja',
    required: false,
    when: { field: 'guardianName', filled: true },
  },
  {
    role: 'interpreter',
    nameField: 'interpreterName',
    label: 'Tulkki',
    required: false,
    when: { field: 'interpreterName', filled: true },
  },
]
