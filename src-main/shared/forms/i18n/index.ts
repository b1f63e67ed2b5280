import type { Language } from '../../i18n/languages'
import type { FormDefinition, Option } from '../definition'
import { localizeFormWith, missingFormTexts, translatedText } from './form-texts'
import { formTextTables } from './texts'

export type { FormText, FormTextTable } from './form-texts'
export { formTextEntries } from './form-texts'

/** A definition with its words in `language` (Finnish: the definition itself). Cached: definitions never change. */
export function localizeForm(def: FormDefinition, language: Language): FormDefinition {
  if (language === 'fi') return def
  const key = `${def.id}@${def.schemaVersion}:${language}`
  let localized = cache.get(key)
  if (!localized) {
    localized = localizeFormWith(formTextTables, def, language)
    cache.set(key, localized)
  }
  return localized
}
const cache = new Map<string, FormDefinition>()

/**
 * Choices a form shares with a record dialog (the job and education records use the job-start, job-end and
 * education-plan forms' lists), in `language`, found under the form's field: `fieldPath` as 'contractType' or
 * 'workHistory.fields.endReason'.
 */
export function optionsIn(formId: string, fieldPath: string, options: readonly Option[], language: Language): Option[] {
  if (language === 'fi') return [...options]
  const base = `fields.${fieldPath}.options`
  return options.map((option) => ({
    ...option,
    label:
      translatedText(formTextTables, formId, `${base}.${option.value}.label`, option.label, language) ?? option.label,
  }))
}

/** `<form id> <path> "<Finnish>" (languages)` for every text of `defs` that lacks a Swedish or English translation. */
export function missingFormTranslations(defs: readonly FormDefinition[]): string[] {
  return missingFormTexts(formTextTables, defs)
}
