import { expect, type Page } from '@playwright/test'
import { definitionsByVersion } from '../../../src-main/shared/forms/registry'
import { formTextEntries, localizeForm } from '../../../src-main/shared/forms/i18n'
import { en } from '../../../src-renderer/src/i18n/en'
import { fi } from '../../../src-renderer/src/i18n/fi'
import { sv } from '../../../src-renderer/src/i18n/sv'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path)
  })
}

const FINNISH = leaves(fi as unknown as Tree)
const KEYS = FINNISH.map(([key]) => key)
const WORDS = { sv: new Map(leaves(sv as unknown as Tree)), en: new Map(leaves(en as unknown as Tree)) }

/**
 * Finnish a Swedish or English screen must not show: every Finnish word of the app and of the forms (long enough to
 * be unambiguous, without placeholders) that the other language says differently.
 */
function finnishLeftovers(language: 'sv' | 'en'): string[] {
  const ui = FINNISH.filter(
    ([key, text]) => !text.includes('{{') && text.length >= 12 && WORDS[language].get(key) !== text,
  )
  const forms = [...definitionsByVersion.values()].flatMap((versions) =>
    [...versions.values()].flatMap((def) => {
      const localized = new Map(formTextEntries(localizeForm(def, language)).map((entry) => [entry.path, entry.text]))
      return formTextEntries(def).filter((entry) => entry.text.length >= 12 && localized.get(entry.path) !== entry.text)
    }),
  )
  // The app's name ("Työhönvalmentaja") is a name in every language, even where the same word is translated.
  return [...new Set([...ui.map(([, text]) => text), ...forms.map((entry) => entry.text)])].filter(
    (text) => text !== fi.app.name,
  )
}

const LEFTOVERS = { sv: finnishLeftovers('sv'), en: finnishLeftovers('en') }

/** The text a person sees on the page (and in its PDF), without the running CSS header. */
export async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText()
}

/** No i18n key shows as such ("forms.print.yes"): a missing or misspelt key would. */
export function rawKeysIn(text: string): string[] {
  return KEYS.filter((key) => new RegExp(`(^|[^\\w.])${key.replaceAll('.', '\\.')}($|[^\\w.])`).test(text))
}

/** Finnish words of the app left on a Swedish or English screen or printout. */
export function finnishIn(text: string, language: 'sv' | 'en'): string[] {
  const flat = text.replace(/\s+/g, ' ')
  return LEFTOVERS[language].filter((finnish) => flat.includes(finnish.replace(/\s+/g, ' ')))
}

/**
 * The page speaks `language` through and through: no raw key, no Finnish word of the app (client data aside). A
 * printout names its own language (the app around it may speak another).
 */
export async function expectSpeaks(page: Page, language: 'fi' | 'sv' | 'en', where: 'app' | 'printout' = 'app') {
  const marked = where === 'app' ? page.locator('html') : page.getByTestId('print-document')
  await expect(marked).toHaveAttribute('lang', language)
  // A printout's toolbar and notices are the app's (the coach's language); only the document itself is checked.
  const text = where === 'app' ? await visibleText(page) : await marked.innerText()
  expect(rawKeysIn(text), 'raw i18n keys on the screen').toEqual([])
  if (language !== 'fi') expect(finnishIn(text, language), 'Finnish left on the screen').toEqual([])
}
