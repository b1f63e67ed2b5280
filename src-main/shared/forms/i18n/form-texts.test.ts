import { describe, expect, it } from 'vitest'
import { formDefinitions } from '../registry'
import { definitionsByVersion } from '../registry'
import { canonicalJson } from '../canonical'
import type { FormDefinition } from '../definition'
import { contractTypeOptions } from '../../jobs/job-options'
import {
  RECORD_CHOICE_LISTS,
  formTextEntries,
  localizeForm,
  missingFormTranslations,
  optionsIn,
  recordChoices,
} from '.'
import { TEXT_PROPERTIES, localizeFormWith, translatedText, type FormTextTables } from './form-texts'

const everyVersion: FormDefinition[] = [...definitionsByVersion.values()].flatMap((versions) => [...versions.values()])

describe('form translations', () => {
  it('every text of every form version has Swedish and English words', () => {
    // A new or changed form fails here with the list of texts the translation tables (./texts) still need.
    const missing = missingFormTranslations(everyVersion)
    expect(missing, `Add these to src-main/shared/forms/i18n/texts:\n${missing.join('\n')}\n`).toEqual([])
  })

  it('changes only words: ids, values, kinds, conditions, rules and schemas stay the same', () => {
    for (const def of everyVersion) {
      for (const language of ['sv', 'en'] as const) {
        const localized = localizeForm(def, language)
        expect(localized.schema).toBe(def.schema)
        expect(localized.rules).toBe(def.rules)
        expect(localized.emptyValues()).toEqual(def.emptyValues())
        const shape = (d: FormDefinition) =>
          JSON.parse(
            JSON.stringify({ sections: d.sections, signers: d.signers }, (key, value: unknown) =>
              typeof value === 'string' && TEXT_PROPERTIES.has(key) ? '' : value,
            ),
          ) as unknown
        expect(shape(localized)).toEqual(shape(def))
        const paths = (d: FormDefinition) => formTextEntries(d).map((entry) => entry.path)
        expect(paths(localized)).toEqual(paths(def))
      }
    }
  })

  it('gives the Swedish agreement its words and leaves Finnish as it is', () => {
    const agreement = formDefinitions.find((def) => def.id === 'cooperation-agreement')!
    expect(localizeForm(agreement, 'fi')).toBe(agreement)
    const sv = localizeForm(agreement, 'sv')
    expect(sv.title).toBe('Start av arbetsträning – samarbetsavtal och samtycken')
    const header = sv.sections.find((section) => section.id === 'header')!
    expect(header.fields.find((field) => field.id === 'language')?.label).toBe('Kontaktspråk')
    expect(localizeForm(agreement, 'en').signers.map((signer) => signer.label)).toContain('Client')
  })

  it('does not use a translation made for other Finnish words (a changed label is listed as missing)', () => {
    const tables: FormTextTables = {
      common: {},
      byForm: { demo: { title: ['Vanha otsikko', 'Gammal rubrik', 'Old title'] } },
    }
    expect(translatedText(tables, 'demo', 'title', 'Vanha otsikko', 'sv')).toBe('Gammal rubrik')
    expect(translatedText(tables, 'demo', 'title', 'Uusi otsikko', 'sv')).toBeUndefined()
    const def = { ...formDefinitions[0]!, id: 'demo', title: 'Uusi otsikko' }
    expect(localizeFormWith(tables, def, 'sv').title).toBe('Uusi otsikko')
  })

  it('translates the choices a record dialog shares with a form', () => {
    const sv = optionsIn('job-start', 'contractType', contractTypeOptions, 'sv')
    expect(sv.map((option) => option.value)).toEqual(contractTypeOptions.map((option) => option.value))
    expect(sv.find((option) => option.value === 'fixed-term')?.label).toBe('Visstid')
  })

  it('translates every choice list of the job, education and employer records', () => {
    for (const list of RECORD_CHOICE_LISTS) {
      const finnish = recordChoices(list, 'fi')
      for (const language of ['sv', 'en'] as const) {
        const untranslated = recordChoices(list, language).filter(
          (option, index) => option.label === finnish[index]?.label && /[a-zäö]{3}/i.test(option.label),
        )
        expect({ list, language, untranslated }).toEqual({ list, language, untranslated: [] })
      }
    }
  })

  it('keeps the stored answers independent of the language (values are ids, not words)', () => {
    const agreement = formDefinitions.find((def) => def.id === 'cooperation-agreement')!
    const values = agreement.emptyValues()
    expect(canonicalJson(localizeForm(agreement, 'sv').emptyValues())).toBe(canonicalJson(values))
  })
})
