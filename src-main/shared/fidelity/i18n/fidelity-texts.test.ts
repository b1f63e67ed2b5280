import { describe, expect, it } from 'vitest'
import { FIDELITY_ITEMS, prefillFidelity, type FidelityJob, type FidelityRecords } from '../../../process'
import { client, job, metEmployer, reached, records } from '../../../process/test-helpers'
import { explanationLines } from './prefill-explanation'
import { fidelityItemsIn, missingFidelityTexts, prefillExplanation } from './index'

// Words that only Finnish has: any of them in a Swedish or English text means a line was left untranslated.
const FINNISH_WORDS =
  /\b(asiakas\w*|valmentaj\w*|työ\w*|jaksolla|osatekijä\w*|kirjattu|päivää|enintään|vähintään|alle)\b/i

/** Names the same in every language: a word of these in a translation is no leftover. */
const NAMES = new Set(['kela'])

/** Words of four letters or more of the Finnish text that the translation repeats (a phrase left untranslated). */
function carriedOver(finnish: string, translation: string): string[] {
  const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !NAMES.has(w)))
  const translated = words(translation)
  return [...words(finnish)].filter((word) => translated.has(word))
}

describe('IPS-25 in Swedish and English', () => {
  it('has a translation of every name, criterion and anchor of the current Finnish scale', () => {
    // A name, criterion or anchor listed here is new or its Finnish changed: add or update its entry in ./services.ts
    // or ./staffing-organization.ts ([Finnish, Swedish, English]).
    expect(missingFidelityTexts()).toEqual([])
  })

  it.each(['sv', 'en'] as const)('shows every item in %s with no Finnish left', (language) => {
    const items = fidelityItemsIn(language)
    expect(items.map((item) => [item.number, item.section, item.prefilled])).toEqual(
      FIDELITY_ITEMS.map((item) => [item.number, item.section, item.prefilled]),
    )
    items.forEach((item, i) => {
      const finnish = FIDELITY_ITEMS[i]!
      const texts = [item.name, item.criterion, ...Object.values(item.anchors).filter((t) => t !== null)]
      for (const text of texts) expect(text, `item ${item.number}`).not.toMatch(FINNISH_WORDS)
      const pairs: Array<[string, string | null]> = [
        [finnish.name, item.name],
        [finnish.criterion, item.criterion],
        ...([1, 2, 3, 4, 5] as const).map((score): [string, string | null] => [
          finnish.anchors[score] ?? '',
          item.anchors[score],
        ]),
      ]
      for (const [fi, translated] of pairs) {
        expect(carriedOver(fi, translated ?? ''), `item ${item.number}: ${translated}`).toEqual([])
      }
      expect(item.name).not.toBe(finnish.name)
      expect(item.criterion).not.toBe(finnish.criterion)
      // an anchor the sources leave out stays out in every language
      for (const score of [2, 3, 4] as const) expect(item.anchors[score] === null).toBe(finnish.anchors[score] === null)
    })
  })

  it('gives the Finnish scale itself in Finnish', () => {
    expect(fidelityItemsIn('fi')).toBe(FIDELITY_ITEMS)
  })
})

/** A small deterministic random generator (mulberry32), so a failure can be repeated. */
function randomFrom(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const iso = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)

/** A caseload of up to 12 clients over 2025–2026 with contacts and jobs drawn at random. */
function randomRecords(seed: number): FidelityRecords {
  const random = randomFrom(seed)
  const pick = (n: number) => Math.floor(random() * n)
  const base = records({})
  const jobs: FidelityJob[] = []
  for (let c = 0; c < pick(12); c++) {
    const id = `c${c}`
    const entered = pick(500)
    base.clients.push(client(id, { enteredOn: iso(entered) }))
    if (random() < 0.7) base.contacts.push(metEmployer(id, iso(entered + pick(200))))
    for (let k = 0; k < pick(15); k++) base.contacts.push(reached(id, iso(entered + pick(300)), random() < 0.7))
    if (random() < 0.6) {
      jobs.push({
        ...job(id, iso(entered + pick(200)), { competitive: random() < 0.8 }),
        ...(random() < 0.8 ? { employerId: `E${pick(4)}` } : {}),
        ...(random() < 0.7 ? { jobType: ['siivooja', 'kokki', 'myyjä'][pick(3)] } : {}),
      })
    }
  }
  return { ...base, jobs }
}

describe('the explanations of the records’ suggestions', () => {
  const prefills = Array.from({ length: 300 }, (_, seed) =>
    prefillFidelity(randomRecords(seed), {
      reviewedOn: iso(400 + (seed % 200)),
      employmentSpecialists: [1, 1.5, 0.3, 2][seed % 4],
    }),
  )

  it('writes the Finnish lines exactly as the core does (a changed core sentence fails here: update all three)', () => {
    for (const prefill of prefills) {
      for (const item of prefill.items) expect(explanationLines(item, 'fi')).toEqual(item.explanation)
    }
  })

  it.each(['sv', 'en'] as const)('writes the same lines in %s, with no Finnish', (language) => {
    for (const prefill of prefills) {
      for (const item of prefill.items) {
        const lines = prefillExplanation(item, language)
        expect(lines).toHaveLength(item.explanation.length)
        for (const line of lines) expect(line).not.toMatch(FINNISH_WORDS)
      }
    }
  })

  it('writes numbers the way each language does', () => {
    const part = prefillFidelity(records({ clients: [client('a', { enteredOn: '2026-01-01' })] }), {
      reviewedOn: '2026-06-30',
      employmentSpecialists: 1.5,
    }).items[0]!
    expect(prefillExplanation(part, 'sv')).toEqual([
      'Aktiva klienter på bedömningsdagen 1, arbetstränare 1,5: 0,7 klienter per arbetstränare.',
    ])
    expect(prefillExplanation(part, 'en')).toEqual([
      'Active clients on the review day 1, job coaches 1.5: 0.7 clients per job coach.',
    ])
  })
})
