import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '@shared/i18n/languages'
import { fi } from './fi'
import { resources, type Translation } from './resources'
import { stringsIn, withStraightQuotes } from '../../../tests/unit/support/text-strings'

/** Every leaf of a resource tree: 'nav.clients' → 'Asiakkaat'. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') found.set(path, value)
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text)
  }
  return found
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort()

describe('translations', () => {
  it('the app starts in Finnish and has Finnish, Swedish and English', () => {
    expect(i18next.language).toBe('fi')
    expect(i18next.t('nav.clients')).toBe('Asiakkaat')
    expect(Object.keys(resources)).toEqual([...LANGUAGES])
  })

  it('every language has exactly the Finnish keys, no empty words and the same {{placeholders}}', () => {
    const source = leaves(fi)
    for (const language of LANGUAGES) {
      const words = leaves(resources[language].translation)
      const missing = [...source.keys()].filter((key) => !words.has(key))
      const extra = [...words.keys()].filter((key) => !source.has(key))
      expect({ language, missing, extra }).toEqual({ language, missing: [], extra: [] })
      // Only a deliberately empty Finnish text (phases.source.coach) may be empty elsewhere.
      const empty = [...words].filter(([key, text]) => text.trim() === '' && source.get(key)?.trim() !== '')
      expect({ language, empty }).toEqual({ language, empty: [] })
      const wrong = [...words]
        .filter(([key, text]) => placeholders(text).join() !== placeholders(source.get(key) ?? '').join())
        .map(([key]) => key)
      expect({ language, wrongPlaceholders: wrong }).toEqual({ language, wrongPlaceholders: [] })
    }
  })

  it('Swedish and English are translations, not copies of Finnish', () => {
    for (const language of ['sv', 'en'] as const) {
      const words = leaves(resources[language].translation)
      // A template of placeholders only ('{{label}}: {{value}}') has no words of its own to translate.
      const same = [...leaves(fi)].filter(
        ([key, text]) => words.get(key) === text && /[a-zäö]{4}/i.test(text.replace(/\{\{\w+\}\}/g, '')),
      )
      // Names and codes that are the same in every language (the app's name, autonyms, units).
      const allowed = same.filter(
        ([key]) => !/^(app\.name|language\.autonyms\.|.*(Placeholder|validRange|versionNumber)$)/.test(key),
      )
      expect(allowed.length, allowed.map(([key, text]) => `${key}: ${text}`).join('\n')).toBeLessThan(12)
    }
  })

  it('checks keys when the code is compiled (these lines are compile errors, so typecheck fails if they are not)', () => {
    // @ts-expect-error -- not a key of the Finnish resources; at run time it is a console error (which fails the tests)
    expect(() => i18next.t('nav.noSuchScreen')).toThrow(/\[i18n\] missing key: nav\.noSuchScreen/)
    // @ts-expect-error -- a second language must have every key of Finnish
    const incomplete: Translation = { ...fi, nav: { label: 'Huvudmeny' } }
    expect(incomplete.nav.label).toBe('Huvudmeny')
  })

  it('quotes with Finnish quotation marks ” ”, never straight ones', () => {
    expect(withStraightQuotes(stringsIn(fi))).toEqual([])
  })
})
