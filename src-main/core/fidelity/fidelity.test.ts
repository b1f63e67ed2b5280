import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FidelityReviewInput } from '../../shared/fidelity/fidelity-review-schema'
import type { Backend } from '../backend'
import { seedCaseload, type Invoke } from '../../../tests/support/seeded-caseload'
import { openBackend } from '../../../tests/unit/support/seeded-backend'

const TODAY = '2026-03-16'

let backend: Backend
let invoke: Invoke
beforeAll(async () => {
  ;({ backend, invoke } = await openBackend())
  await seedCaseload(invoke, TODAY)
})
afterAll(() => backend.close())

/** 25 scores: 4 everywhere, then the given items changed. */
function scored(changes: Record<number, 1 | 2 | 3 | 4 | 5 | null> = {}): FidelityReviewInput['items'] {
  return Array.from({ length: 25 }, (_, i) => ({
    item: i + 1,
    score: i + 1 in changes ? changes[i + 1]! : 4,
    note: i + 1 === 2 ? 'Valmentajat tekevät vain työhönvalmennusta.' : null,
  }))
}

const fields = (reviewedOn: string, items: FidelityReviewInput['items']): FidelityReviewInput => ({
  reviewedOn,
  reviewType: 'self',
  unit: 'Siun sote IPS',
  reviewers: 'Kaisa Valmentaja, Tiina Tiiminvetäjä',
  employmentSpecialists: 1,
  items,
  strengths: 'Nopea työnhaku.',
  actionPlan: 'Lisää työnantajakäyntejä.',
})

describe('IPS-25 reviews', () => {
  it('suggests scores from the records of the review day', async () => {
    const prefill = await invoke('fidelity-prefill', { reviewedOn: TODAY })
    const caseload = prefill.items.find((item) => item.item === 1)!
    // 7 active clients, 1 specialist: at most 20 per specialist → 5
    expect(caseload).toMatchObject({ activeClients: 7, clientsPerSpecialist: 7, suggested: 5 })
    expect(caseload.explanation.join(' ')).toContain('7 asiakasta valmentajaa kohden')
    const twoSpecialists = await invoke('fidelity-prefill', { reviewedOn: TODAY, employmentSpecialists: 0.25 })
    // 7 / 0.25 = 28 per specialist → 26–30 → 3
    expect(twoSpecialists.items.find((item) => item.item === 1)).toMatchObject({
      clientsPerSpecialist: 28,
      suggested: 3,
    })
  })

  it('saves an unfinished review: no band or next date until every item is scored', async () => {
    const saved = await invoke('fidelity-save', { fields: fields('2025-09-15', scored({ 7: null, 8: null })) })
    expect(saved).toMatchObject({ total: 23 * 4, scored: 23, complete: false, band: null, nextReviewOn: null })
    expect(saved.items).toHaveLength(25)
    expect(saved.items[6]).toEqual({ item: 7, score: null, note: null })
    expect(saved.items[1]!.note).toBe('Valmentajat tekevät vain työhönvalmennusta.')
    expect(saved.prefill?.reviewedOn).toBe('2025-09-15')
    expect(saved.previous).toBeNull()
    // finished later: 25 × 4 = 100 → good, the next review in 12 months
    const finished = await invoke('fidelity-save', { id: saved.id, fields: fields('2025-09-15', scored()) })
    expect(finished).toMatchObject({
      id: saved.id,
      total: 100,
      complete: true,
      band: 'good',
      nextReviewOn: '2026-09-15',
    })
  })

  it('compares a review with the one before it and dates the next one by the total', async () => {
    // 108 as in Soite's first review: 4 on every item, 5 on eight of them
    const items = scored({ 1: 5, 15: 5, 19: 5, 20: 5, 21: 5, 23: 5, 24: 5, 25: 5 })
    const second = await invoke('fidelity-save', { fields: fields(TODAY, items) })
    expect(second).toMatchObject({ total: 108, band: 'good', nextReviewOn: '2027-03-16' })
    expect(second.previous).toMatchObject({ reviewedOn: '2025-09-15', total: 100 })
    expect(second.previous!.comparison.totalChange).toBe(8)
    expect(second.previous!.comparison.changed.map((change) => change.item)).toEqual([1, 15, 19, 20, 21, 23, 24, 25])
    expect(second.prefill?.items.map((item) => item.item)).toEqual([1, 15, 19, 20, 21, 23])

    const low = await invoke('fidelity-save', { fields: fields('2026-03-20', scored({ 1: 1, 2: 1, 3: 1, 4: 1 })) })
    // 100 − 12 = 88: fair, again in 6 months
    expect(low).toMatchObject({ total: 88, band: 'fair', nextReviewOn: '2026-09-20' })

    expect((await invoke('fidelity-previous', { before: '2026-03-20' }))?.id).toBe(second.id)
    expect(await invoke('fidelity-previous', { before: '2025-09-15' })).toBeNull()
    const list = await invoke('fidelity-list', {})
    expect(list.map((review) => [review.reviewedOn, review.total])).toEqual([
      ['2026-03-20', 88],
      [TODAY, 108],
      ['2025-09-15', 100],
    ])

    await invoke('fidelity-delete', { id: low.id })
    expect(await backend.invoke('fidelity-get', { id: low.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await backend.invoke('fidelity-delete', { id: low.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('refuses a score outside 1–5 and an item given twice', async () => {
    const six = await backend.invoke('fidelity-save', {
      fields: fields(TODAY, [{ item: 1, score: 6 as 5, note: null }]),
    })
    expect(six).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const twice = await backend.invoke('fidelity-save', {
      fields: fields(TODAY, [
        { item: 1, score: 5, note: null },
        { item: 1, score: 4, note: null },
      ]),
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const unknown = await backend.invoke('fidelity-save', {
      id: '00000000-0000-4000-8000-000000000000',
      fields: fields(TODAY, scored()),
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
