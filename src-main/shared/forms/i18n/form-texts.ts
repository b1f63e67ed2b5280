import type { Language } from '../../i18n/languages'
import type { FormDefinition } from '../definition'

/**
 * Form definitions hold their words in Finnish. Their Swedish and English words live in translation tables beside
 * them (./texts), keyed by a stable path made of ids: the form's own table first, then the common table (the header,
 * the signatures, the consents and the choice lists several forms share). Each entry repeats the Finnish it was
 * translated from: when the Finnish of a definition changes, the old translation no longer applies and the test
 * (form-texts.test.ts) lists the text as missing, instead of a stale translation being printed.
 *
 * Paths: `title`, `purpose`, `sections.<id>.heading|help|print.intro`, `fields.<id>.label|help|placeholder|unit|
 * addLabel|rowLabel|yesLabel|noLabel`, `fields.<id>.options.<value>.label|help`, `fields.<id>.fields.<sub-id>.…` for
 * the columns of a rows field, `signers.<role>.label`.
 */

/** Finnish (the source it was translated from), Swedish, English. */
export type FormText = readonly [fi: string, sv: string, en: string]
export type FormTextTable = Readonly<Record<string, FormText | readonly FormText[]>>

/** Properties that hold words a person reads. Everything else (ids, values, prefill keys, conditions) is data. */
export const TEXT_PROPERTIES: ReadonlySet<string> = new Set([
  'title',
  'purpose',
  'heading',
  'help',
  'intro',
  'label',
  'placeholder',
  'unit',
  'addLabel',
  'rowLabel',
  'yesLabel',
  'noLabel',
])

type Visit = (path: string, text: string) => string

/** A copy of `node` whose texts are `visit`'s answers; functions, schemas and data are shared, not copied. */
function mapTexts<T>(node: T, prefix: string, visit: Visit): T {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node
  const prototype = Object.getPrototypeOf(node) as unknown
  if (prototype !== Object.prototype && prototype !== null) return node // zod schemas and other class instances
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string' && TEXT_PROPERTIES.has(key)) copy[key] = visit(`${prefix}${key}`, value)
    else if (key === 'print' && value && typeof value === 'object')
      copy[key] = mapTexts(value, `${prefix}print.`, visit)
    else if (Array.isArray(value) && key in LIST_IDS) copy[key] = value.map((item) => mapItem(key, item, prefix, visit))
    else copy[key] = value
  }
  return copy as T
}

/** The property that names an item of each list of a definition. */
const LIST_IDS: Readonly<Record<string, string>> = { sections: 'id', fields: 'id', options: 'value', signers: 'role' }

function mapItem(list: string, item: unknown, prefix: string, visit: Visit): unknown {
  if (!item || typeof item !== 'object') return item
  const id = String((item as Record<string, unknown>)[LIST_IDS[list] ?? 'id'])
  // A section's fields are named from the form (field ids are unique in a form); a rows field's columns from it.
  const base = list === 'fields' && prefix.startsWith('sections.') ? '' : prefix
  return mapTexts(item, `${base}${list}.${id}.`, visit)
}

/** Every text of a definition with its path, in the order a reader meets them. */
export function formTextEntries(def: FormDefinition): Array<{ path: string; text: string }> {
  const entries: Array<{ path: string; text: string }> = []
  mapTexts(def, '', (path, text) => {
    entries.push({ path, text })
    return text
  })
  return entries
}

/** The paths a text may be found under: its own, then shorter ones from a `fields.` or `options.` segment on. */
function candidatePaths(path: string): string[] {
  const parts = path.split('.')
  const shorter = parts
    .map((part, index) => (index > 0 && (part === 'fields' || part === 'options') ? parts.slice(index).join('.') : ''))
    .filter(Boolean)
  return [path, ...shorter]
}

function entryFor(table: FormTextTable | undefined, path: string, finnish: string): FormText | undefined {
  const found = table?.[path]
  if (!found) return undefined
  const entries = (typeof found[0] === 'string' ? [found] : found) as readonly FormText[]
  return entries.find((entry) => entry[0] === finnish)
}

export interface FormTextTables {
  readonly common: FormTextTable
  readonly byForm: Readonly<Record<string, FormTextTable>>
}

/** The translation of one text of a form, or undefined when the tables have none for this Finnish. */
export function translatedText(
  tables: FormTextTables,
  formId: string,
  path: string,
  finnish: string,
  language: Exclude<Language, 'fi'>,
): string | undefined {
  const own = entryFor(tables.byForm[formId], path, finnish)
  const entry =
    own ??
    candidatePaths(path).reduce<FormText | undefined>((hit, p) => hit ?? entryFor(tables.common, p, finnish), undefined)
  if (!entry) return undefined
  return language === 'sv' ? entry[1] : entry[2]
}

/**
 * The definition with its texts in `language`: the same object shape, ids, values, rules and schemas, only the words
 * differ. Finnish is the definition itself; a text without a translation stays Finnish (the test lists such texts).
 */
export function localizeFormWith(tables: FormTextTables, def: FormDefinition, language: Language): FormDefinition {
  if (language === 'fi') return def
  return mapTexts(def, '', (path, text) => translatedText(tables, def.id, path, text, language) ?? text)
}

/** The texts of `defs` without a translation into each of `languages`: `<form id> <path> "<Finnish>"` lines. */
export function missingFormTexts(
  tables: FormTextTables,
  defs: readonly FormDefinition[],
  languages: readonly Exclude<Language, 'fi'>[] = ['sv', 'en'],
): string[] {
  const missing = new Set<string>()
  for (const def of defs) {
    for (const { path, text } of formTextEntries(def)) {
      const lacking = languages.filter((language) => translatedText(tables, def.id, path, text, language) === undefined)
      if (lacking.length > 0) missing.add(`${def.id} ${path} ${JSON.stringify(text)} (${lacking.join(', ')})`)
    }
  }
  return [...missing]
}
