import type { Language } from '../../i18n/languages'
import type { FormDefinition, Option } from '../definition'
import { definitionsByVersion, getFormDefinition } from '../registry'
import { sectorOptions } from '../job-start/definition'
import {
  contractTypeOptions,
  educationEndTypeOptions,
  educationTypeOptions,
  howFoundOptions,
  jobEndFactorOptions,
  jobEndTypeOptions,
  jobNextStepOptions,
} from '../../jobs/job-options'
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

/** The definition of a stored form (see getFormDefinition) with its words in `language`. */
export function getFormDefinitionIn(
  formId: string,
  schemaVersion: number | undefined,
  language: Language,
): FormDefinition | undefined {
  const def = getFormDefinition(formId, schemaVersion)
  return def && localizeForm(def, language)
}

/** A form's title in `language` by its id (the core sends the Finnish title; `fallback` when the form is unknown). */
export function formTitle(formId: string, language: Language, fallback = ''): string {
  const def = getFormDefinition(formId)
  return def ? localizeForm(def, language).title : fallback
}

/** A Finnish form title from a stored record (the timeline keeps titles, not ids) in `language`. */
export function translateFormTitle(finnishTitle: string, language: Language): string {
  for (const versions of definitionsByVersion.values()) {
    for (const def of versions.values()) if (def.title === finnishTitle) return localizeForm(def, language).title
  }
  return finnishTitle
}

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

/**
 * The choice lists of the job, education and employer records, each with the form field whose translations it shares
 * (the records and the forms use the same lists). `records` is the common table's place for a list no form asks.
 */
const RECORD_CHOICES = {
  contractType: ['job-start', 'contractType', contractTypeOptions],
  howFound: ['job-start', 'howFound', howFoundOptions],
  sector: ['job-start', 'sector', sectorOptions],
  jobEndType: ['job-end', 'endType', jobEndTypeOptions],
  jobEndFactor: ['job-end', 'factors', jobEndFactorOptions],
  jobNextStep: ['job-end', 'nextStep', jobNextStepOptions],
  educationType: ['education-plan', 'educationType', educationTypeOptions],
  educationEndType: ['records', 'educationEndType', educationEndTypeOptions],
} as const satisfies Record<string, readonly [string, string, readonly Option[]]>

export type RecordChoiceList = keyof typeof RECORD_CHOICES
export const RECORD_CHOICE_LISTS = Object.keys(RECORD_CHOICES) as RecordChoiceList[]

/** A record's choice list with its labels in `language`. */
export function recordChoices(list: RecordChoiceList, language: Language): Option[] {
  const [formId, field, options] = RECORD_CHOICES[list]
  return optionsIn(formId, field, options, language)
}
