import { dateIn, euroIn, numberIn } from '../i18n/locale-format'
import type { Language } from '../i18n/languages'
import { finnishDatesInText } from './engine-text'
import { ENGINE_NAMES, ENGINE_PHRASES, type EnginePhrase } from './engine-phrases'
import { FINNISH_PARAMETER_LABELS, parameterLabel } from './parameter-labels'

/**
 * An explanation or warning line of the benefits engine in `language`. The engine writes Finnish (its contract, and
 * what saved calculations hold); Swedish and English come from the templates in engine-phrases.ts, with amounts,
 * percentages and dates re-written the language's way. A line no template matches stays Finnish (with Finnish
 * dates); `translated` tells the caller, and engine-phrases.test.ts keeps that from happening unnoticed.
 */
export function engineTextIn(line: string, language: Language): { text: string; translated: boolean } {
  if (language === 'fi') return { text: finnishDatesInText(line), translated: true }
  const text = translateLine(line, language)
  return text === undefined ? { text: finnishDatesInText(line), translated: false } : { text, translated: true }
}

/** The line in Swedish or English, or undefined when no template matches it. */
export function translateLine(line: string, language: Exclude<Language, 'fi'>): string | undefined {
  for (const phrase of COMPILED) {
    const match = phrase.pattern.exec(line)
    if (!match) continue
    const target = phrase.phrase[language === 'sv' ? 1 : 2]
    let failed = false
    const text = target.replace(/\{(\d+)\}/g, (_whole, index: string) => {
      const slot = phrase.slots[Number(index)]
      const group = phrase.groupOf[Number(index)]
      const captured = group === undefined ? undefined : match[group]
      const kind = slot === undefined ? undefined : VALUE_KINDS[slot]
      const rendered = kind && captured !== undefined ? kind.render(captured, language) : undefined
      if (rendered === undefined) failed = true
      return rendered ?? ''
    })
    if (!failed) return text
  }
  return undefined
}

type Kind = { pattern: string; render: (text: string, language: Exclude<Language, 'fi'>) => string | undefined }

/** '1 234,50' (with no-break spaces) → 1234.5 */
const finnishNumber = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  )

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function namesKind(names: ReadonlyArray<EnginePhrase>): Kind {
  return {
    pattern: [...names]
      .map((name) => escape(name[0]))
      .sort((a, b) => b.length - a.length)
      .join('|'),
    render: (text, language) => names.find((name) => name[0] === text)?.[language === 'sv' ? 1 : 2],
  }
}

const EUR = '−?\\d{1,3}(?:[\\u00a0 ]\\d{3})*,\\d{2}[\\u00a0 ]€'
const PCT = '\\d+(?:,\\d+)?[\\u00a0 ]%'
const NUM = '−?\\d+(?:,\\d+)?'
const DATE = '\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}'

const euro = (text: string, language: Language) => euroIn(language, finnishNumber(text.replace('€', '')))
const percent = (text: string, language: Language) =>
  `${numberIn(language, finnishNumber(text.replace('%', '')))}${language === 'en' ? '%' : '\u00a0%'}`
const isoDate = (text: string) => {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  return finnish ? `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}` : text
}

/** One estimated figure of the "estimated figures" warning: "<label> <value> (<date> alkaen)". */
const ESTIMATE = new RegExp(
  `^(${FINNISH_PARAMETER_LABELS.map(([, label]) => escape(label)).join('|')}) (${EUR}|${PCT}|${NUM}) \\((${DATE}) alkaen\\)$`,
)

const VALUE_KINDS: Record<string, Kind> = {
  eur: { pattern: EUR, render: euro },
  pct: { pattern: PCT, render: percent },
  num: { pattern: NUM, render: (text, language) => numberIn(language, finnishNumber(text)) },
  int: { pattern: '\\d+', render: (text) => text },
  pension: namesKind(ENGINE_NAMES.pension),
  benefit: namesKind(ENGINE_NAMES.benefit),
  reports: {
    pattern: '[a-zäöA-ZÄÖ, ]+?',
    render: (text, language) => {
      const parts = text.split(/, | ja /)
      const names = parts.map((part) => namesKind(ENGINE_NAMES.report).render(part, language))
      if (names.some((name) => name === undefined)) return undefined
      return listIn(names as string[], language)
    },
  },
  estimates: {
    pattern: '.+',
    render: (text, language) => {
      const items = text.split('; ').map((item) => {
        const match = ESTIMATE.exec(item)
        if (!match) return undefined
        const key = FINNISH_PARAMETER_LABELS.find(([, label]) => label === match[1])?.[0]
        if (!key) return undefined
        const value = match[2]!
        const shown = value.includes('€')
          ? euro(value, language)
          : value.includes('%')
            ? percent(value, language)
            : numberIn(language, finnishNumber(value))
        const from = dateIn(language, isoDate(match[3]!))
        return `${parameterLabel(key, language)} ${shown} (${language === 'sv' ? 'från' : 'from'} ${from})`
      })
      return items.some((item) => item === undefined) ? undefined : items.join('; ')
    },
  },
}

function listIn(items: string[], language: Exclude<Language, 'fi'>): string {
  if (items.length < 2) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${language === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`
}

type Compiled = {
  phrase: EnginePhrase
  pattern: RegExp
  slots: Record<number, string>
  groupOf: Record<number, number>
}

const COMPILED: readonly Compiled[] = ENGINE_PHRASES.map((phrase) => {
  const slots: Record<number, string> = {}
  const groupOf: Record<number, number> = {}
  let group = 0
  const source = phrase[0]
    .split(/(\{\d+:\w+\})/)
    .map((part) => {
      const slot = /^\{(\d+):(\w+)\}$/.exec(part)
      if (!slot) return escape(part)
      const kind = VALUE_KINDS[slot[2]!]
      if (!kind) throw new Error(`engine phrase: unknown kind ${slot[2]}`)
      slots[Number(slot[1])] = slot[2]!
      group += 1
      groupOf[Number(slot[1])] = group
      // Inner groups of a kind's pattern are non-capturing, so the slot's group number stays `group`.
      return `(${kind.pattern})`
    })
    .join('')
  return { phrase, pattern: new RegExp(`^${source}$`), slots, groupOf }
})

/** The templates, for the test that finds templates no engine line uses any more. */
export const ENGINE_PATTERNS: ReadonlyArray<{ fi: string; pattern: RegExp }> = COMPILED.map((compiled) => ({
  fi: compiled.phrase[0],
  pattern: compiled.pattern,
}))
