import { describe, expect, it } from 'vitest'
import type { Condition, FieldDescriptor, FormDefinition } from './definition'
import { definitionsByVersion, formDefinitions, formIds, getFormDefinition } from './registry'
import { allFields } from './schema'
import { validValuesByForm } from '../../../tests/unit/support/form-fixtures'
import { isValidDraft, validateForFinalise } from './validate'
import { stringsIn, withStraightQuotes } from '../../../tests/unit/support/text-strings'

const KEBAB = /^[a-z]+(-[a-z]+)*$/
const CAMEL = /^[a-z][a-zA-Z0-9]*$/

function conditionTargets(fields: readonly FieldDescriptor[]): Array<[Condition, readonly FieldDescriptor[]]> {
  const result: Array<[Condition, readonly FieldDescriptor[]]> = []
  for (const field of fields) {
    if (field.visibleWhen) result.push([field.visibleWhen, fields])
    if (field.kind === 'rows' || field.kind === 'consents') {
      for (const sub of field.fields) if (sub.visibleWhen) result.push([sub.visibleWhen, field.fields])
    }
  }
  return result
}

describe('registry', () => {
  it('quotes with Finnish quotation marks ” ”, never straight ones, in every form and version', () => {
    const every = [...definitionsByVersion.values()].flatMap((versions) => [...versions.values()])
    expect(every.length).toBeGreaterThan(formDefinitions.length - 1)
    for (const def of every) {
      const strings = stringsIn({ ...def })
      expect(strings.length, def.id).toBeGreaterThan(20)
      expect(withStraightQuotes(strings), `${def.id} ${def.schemaVersion}`).toEqual([])
    }
  })

  it("prints each signer's name from a text field of the same form", () => {
    for (const def of formDefinitions) {
      for (const signer of def.signers) {
        const field = allFields(def).find((candidate) => candidate.id === signer.nameField)
        expect(field?.kind, `${def.id} ${signer.role}`).toBe('text')
      }
    }
  })

  it('has the twelve forms in the order of the IPS phases', () => {
    expect(formIds).toEqual([
      'referral',
      'cooperation-agreement',
      'vocational-profile',
      'disclosure-plan',
      'job-search-plan',
      'education-plan',
      'employer-cooperation',
      'job-start',
      'employment-support-plan',
      'job-end',
      'closure',
      'after-coaching',
    ])
  })

  it('resolves the current version, a given version and unknowns', () => {
    const current = getFormDefinition('closure')
    expect(current?.schemaVersion).toBe(2)
    expect(getFormDefinition('closure', 2)).toBe(current)
    expect(getFormDefinition('closure', 1)?.schemaVersion).toBe(1)
    expect(getFormDefinition('closure', 99)).toBeUndefined()
    expect(getFormDefinition('no-such-form')).toBeUndefined()
    expect(definitionsByVersion.get('referral')?.get(1)?.id).toBe('referral')
  })
})

describe.each(formDefinitions.map((def) => [def.id, def] as [string, FormDefinition]))('definition %s', (id, def) => {
  const fields = allFields(def)

  it('is well formed: ids, versions, Finnish labels, signers', () => {
    expect(id).toMatch(KEBAB)
    expect(Number.isInteger(def.schemaVersion) && def.schemaVersion >= 1).toBe(true)
    expect(def.title.length).toBeGreaterThan(3)
    expect(def.signers.some((signer) => signer.required) || id === 'vocational-profile').toBe(true)
    expect(new Set(def.sections.map((section) => section.id)).size).toBe(def.sections.length)
    expect(def.sections[0]?.role).toBe('header')
    expect(def.sections.at(-1)?.role).toBe('signatures')
  })

  it('has unique camelCase field ids and unique option values', () => {
    const ids = fields.map((field) => field.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const field of fields) {
      expect(field.id).toMatch(CAMEL)
      expect(field.label.trim()).not.toBe('')
      const subFields = field.kind === 'rows' || field.kind === 'consents' ? field.fields : []
      expect(new Set(subFields.map((sub) => sub.id)).size).toBe(subFields.length)
      for (const candidate of [field, ...subFields]) {
        if ('options' in candidate) {
          const values = candidate.options.map((option) => option.value)
          expect(new Set(values).size).toBe(values.length)
          expect(values.every((value) => value !== '')).toBe(true)
        }
      }
    }
  })

  it('has conditions that point at existing fields in the same scope', () => {
    for (const [condition, scope] of conditionTargets(fields)) {
      expect(scope.map((field) => field.id)).toContain(condition.field)
    }
    for (const section of def.sections) {
      if (section.visibleWhen) expect(fields.map((field) => field.id)).toContain(section.visibleWhen.field)
    }
    for (const signer of def.signers) {
      if (signer.when) expect(fields.map((field) => field.id)).toContain(signer.when.field)
    }
  })

  it('accepts empty values as a draft but not for finalising', () => {
    const empty = def.emptyValues()
    expect(isValidDraft(def, empty)).toBe(true)
    expect(isValidDraft(def, {})).toBe(true)
    expect(validateForFinalise(def, empty).length).toBeGreaterThan(0)
  })

  it('returns fresh empty values each time', () => {
    const first = def.emptyValues()
    const second = def.emptyValues()
    expect(first).toEqual(second)
    expect(first).not.toBe(second)
  })

  it('finalises the complete fixture', () => {
    const values = validValuesByForm[id]
    expect(values).toBeDefined()
    expect(validateForFinalise(def, values ?? {})).toEqual([])
    expect(isValidDraft(def, values)).toBe(true)
  })

  it('rejects wrongly typed draft values', () => {
    const text = fields.find((field) => field.kind === 'text')
    expect(text).toBeDefined()
    expect(isValidDraft(def, { [text?.id ?? '']: 42 })).toBe(false)
  })
})
