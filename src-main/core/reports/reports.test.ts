import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatFinnishDate } from '../../shared/dates/dates'
import type { Backend } from '../backend'
import { seedCaseload, type Invoke, type SeededCaseload } from '../../../tests/support/seeded-caseload'
import { openBackend } from '../../../tests/unit/support/seeded-backend'
import { randomKeys } from './report-service'

// The seeded caseload on Monday 16.3.2026; the report covers the first quarter (1.1.–31.3.2026). Each client's
// records are written out in tests/support/seeded-caseload.ts as days before today.
const TODAY = '2026-03-16'
const Q1 = { from: '2026-01-01', to: '2026-03-31' }

let backend: Backend
let invoke: Invoke
let seeded: SeededCaseload
beforeAll(async () => {
  ;({ backend, invoke } = await openBackend())
  seeded = await seedCaseload(invoke, TODAY)
})
afterAll(() => backend.close())

describe('caseload-review', () => {
  it('lists what is due this week with the names of those clients only', async () => {
    const { today, review, names, notEntered } = await invoke('caseload-review', { today: TODAY })
    expect(today).toBe(TODAY)
    expect(notEntered).toBe(1) // Eeva
    // active: everyone entered and not closed: not Pekka (closed 14.2.) nor Eeva (referred only)
    expect(review.active).toBe(7)
    // Mikko 1 · Aino 2 · Juha, Tiina 3 · Leila 4 · Sanna, Ville 5
    expect(review.byPhase).toEqual({ 1: 1, 2: 1, 3: 2, 4: 1, 5: 2, none: 0 })
    expect(review.recommendedMax).toBe(30)
    const id = seeded.ids
    expect(review.due).toEqual(
      [
        // Juha: last reached 5.1. + 60 = 6.3., three unanswered calls since
        { clientId: id.unreachable, kind: 'unreachable', dueOn: '2026-03-06', overdue: true },
        // Aino: last met 19.2. + 21 = 12.3.
        { clientId: id.quiet, kind: 'no-recent-contact', dueOn: '2026-03-12', overdue: true },
        // Sanna: job from 14.2., seen 6.3. (day 20): + 7 = 13.3., within the first 28 days
        { clientId: id.inWork, kind: 'in-work-support', dueOn: '2026-03-13', overdue: true },
        // Ville: maintenance since 17.9.2025, seen 19.9.2025 + 182 = 20.3.2026
        { clientId: id.maintenance, kind: 'maintenance-contact', dueOn: '2026-03-20', overdue: false },
        // Mikko: entered 19.2. + 30 = 21.3.
        { clientId: id.newClient, kind: 'first-employer-contact', dueOn: '2026-03-21', overdue: false },
        // Leila: job starts 18.3. + 3 = 21.3.
        { clientId: id.jobStarts, kind: 'job-start-support', dueOn: '2026-03-21', overdue: false },
      ].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.clientId.localeCompare(b.clientId)),
    )
    expect(Object.keys(names).sort()).toEqual(review.due.map((item) => item.clientId).sort())
    expect(names[id.quiet]).toEqual({ firstName: 'Aino', lastName: 'Virtanen' })
  })

  it('drops an item once the contact that clears it is logged', async () => {
    await invoke('contacts-create', {
      clientId: seeded.ids.quiet,
      onDate: TODAY,
      withWhom: 'client',
      mode: 'phone',
      reached: true,
      note: 'Soitto, kuulumiset.',
    })
    const { review } = await invoke('caseload-review', { today: TODAY })
    expect(review.due.map((item) => item.clientId)).not.toContain(seeded.ids.quiet)
  })

  it('reviews the day asked for, and shows a renamed client by the new name, with nothing else written', async () => {
    const later = await invoke('caseload-review', { today: '2026-03-23' })
    expect(later.today).toBe('2026-03-23')
    expect(later.review.due.filter((item) => item.overdue).length).toBeGreaterThan(0)
    const id = seeded.ids.unreachable
    const client = await invoke('clients-get', { id })
    await invoke('clients-update', { id, fields: { ...client, lastName: 'Uusinimi' } })
    const renamed = await invoke('caseload-review', { today: TODAY })
    expect(renamed.names[id]?.lastName).toBe('Uusinimi')
  })
})

describe('reports-outcome', () => {
  it('gives the quarter computed by hand', async () => {
    const view = await invoke('reports-outcome', Q1)
    expect(view.report).toEqual({
      period: Q1,
      referrals: 3, // Aino 5.1., Mikko 14.2., Eeva 11.3.
      entries: 2, // Aino 15.1., Mikko 19.2.
      served: 8, // everyone but Eeva; Pekka closed 14.2. was served until then
      employed: 3, // Sanna (from 14.2.), Ville (since 2025), Leila (from 18.3.); Pekka's job ended in 2025
      employmentRate: 0.375,
      outOfWorkServed: 7, // Ville was working when referred
      outOfWorkEmployed: 2, // Sanna, Leila
      outOfWorkEmploymentRate: 0.286, // 2 / 7 = 0.2857…
      jobStarts: 2,
      firstJobStarts: 2,
      inEducation: 1, // Tiina
      workingOrStudying: 4,
      medianDaysToFirstEmployerContact: 10, // Aino: 15.1. → 25.1.; Mikko has none yet
      firstEmployerContactWithin30Days: 1,
      closures: { 'goal-reached': 1, 'client-wish': 0, 'not-reached': 0, 'not-progressing': 0, moved: 0, other: 0 },
      byPhaseAtEnd: { 1: 1, 2: 1, 3: 2, 4: 1, 5: 2, none: 0 },
    })
    expect(view.openAtEnd).toBe(7)
    expect(view.jobStartsByMonth).toEqual([
      { month: '2026-01', jobStarts: 0 },
      { month: '2026-02', jobStarts: 1 },
      { month: '2026-03', jobStarts: 1 },
    ])
    expect(view.firstEmployerContactDays[0]).toEqual({ band: '0-30', clients: 1 })
    expect(view.enteredWithoutEmployerContact).toBe(1)
  })

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await backend.invoke('reports-outcome', { from: '2026-03-31', to: '2026-01-01' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'to' }] } })
  })
})

describe('reports-export-csv', () => {
  it('writes each figure with its numerator, denominator, percentage and benchmark for Finnish Excel', async () => {
    const file = await invoke('reports-export-csv', Q1)
    expect(file.fileName).toBe('tyohonvalmennus-tulokset-2026-01-01--2026-03-31.csv')
    expect(file.text.startsWith('\uFEFFTyöhönvalmennuksen tulokset\r\n')).toBe(true)
    const lines = file.text.split('\r\n')
    expect(lines).toContain('Jakso;1.1.2026;31.3.2026')
    expect(lines).toContain(
      'Työssä avoimilla työmarkkinoilla jaksolla;3;8;37,5;THL: 49 % työllistyi valmennuksen aikana · ' +
        'IPS Employment Center: 31 / 41 / 50 % (vähimmäis / keski / erinomainen)',
    )
    expect(lines).toContain(
      'Työttömänä lähetetyistä aloitti työn jaksolla;2;7;28,6;IPS Grow: 40 % työttömänä lähetetyistä',
    )
    expect(lines).toContain('tavoite saavutettu / tuki toteutettu;1')
    expect(lines).toContain('2026-02;1')
  })
})

describe('the exports in the app’s language', () => {
  // Words of the Finnish file; none may be left in a Swedish or English one.
  const FINNISH = /asiakas|jakso|työ|vaihe|päiv|tavoite|lähete|luku|määrä|tehty|ei vielä|avain|muu syy/i

  it.each([
    [
      'sv',
      'arbetstraning-resultat',
      'Arbetsträningens resultat',
      'Period;1.1.2026;31.3.2026',
      'målet nått / stödet genomfört;1',
    ],
    [
      'en',
      'job-coaching-results',
      'Results of job coaching',
      'Period;1.1.2026;31.3.2026',
      'goal reached / support completed;1',
    ],
  ] as const)('writes the CSV files in %s when the app speaks it', async (language, file, title, period, closure) => {
    await invoke('settings-language-set', { language })
    try {
      const results = await invoke('reports-export-csv', Q1)
      const anonymised = await invoke('reports-export-anonymised', Q1)
      expect(results.fileName).toBe(`${file}-2026-01-01--2026-03-31.csv`)
      expect(anonymised.fileName).not.toMatch(/tyohonvalmennus/)
      expect(results.text.startsWith(`\uFEFF${title}\r\n`)).toBe(true)
      const lines = results.text.split('\r\n')
      expect(lines).toContain(period)
      expect(lines).toContain(closure)
      expect(lines).toContain('2026-02;1') // numbers and months as before
      for (const text of [results.text, anonymised.text]) {
        const finnishLines = text.split('\r\n').filter((line) => FINNISH.test(line))
        expect(finnishLines).toEqual([])
      }
    } finally {
      await invoke('settings-language-set', { language: 'fi' })
    }
  })
})

describe('the access log of report exports', () => {
  it('notes each file made, which kind and which period, with no client', async () => {
    await invoke('reports-export-csv', Q1)
    await invoke('reports-export-anonymised', Q1)
    const { entries, verification } = await invoke('audit-recent', { limit: 2 })
    expect(verification.ok).toBe(true)
    expect(
      entries.map(({ action, method, objectId, clientId, detail }) => ({ action, method, objectId, clientId, detail })),
    ).toEqual([
      {
        action: 'export',
        method: 'reports-export-anonymised',
        objectId: '2026-01-01--2026-03-31',
        clientId: null,
        detail: { kind: 'anonymised' },
      },
      {
        action: 'export',
        method: 'reports-export-csv',
        objectId: '2026-01-01--2026-03-31',
        clientId: null,
        detail: { kind: 'csv' },
      },
    ])
  })
})

describe('reports-export-anonymised', () => {
  it('holds no personal field of the seeded caseload: no name, id, date of birth, date or free text', async () => {
    const file = await invoke('reports-export-anonymised', Q1)
    const text = file.text
    const folded = text.toLowerCase()
    const leaks = seeded.personal.filter((value) => {
      const finnish = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatFinnishDate(value) : null
      return (
        folded.includes(value.toLowerCase()) ||
        (finnish !== null && new RegExp(`(^|[^\\d.])${finnish.replaceAll('.', '\\.')}($|[^\\d])`).test(text))
      )
    })
    // The period's own ends are the only dates in the file; no client's record falls on them in this caseload.
    expect(leaks).toEqual([])
    expect(seeded.personal.length).toBeGreaterThan(100)
    const dates = [...text.matchAll(/\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}/g)].map((match) => match[0])
    expect(new Set(dates)).toEqual(new Set(['1.1.2026', '31.3.2026', formatFinnishDate(localDay())]))
  })

  it('gives every client in the figures one row under a key drawn for this file only', async () => {
    const rowsOf = (text: string) =>
      text
        .split('\r\n')
        .slice(text.split('\r\n').findIndex((line) => line.startsWith('Avain;')) + 1)
        .filter(Boolean)
        .map((line) => line.split(';'))
    const first = rowsOf((await invoke('reports-export-anonymised', Q1)).text)
    const second = rowsOf((await invoke('reports-export-anonymised', Q1)).text)
    // 9 clients, all but nobody: Eeva was referred in the quarter, Pekka closed in it
    expect(first).toHaveLength(9)
    expect(first.map((row) => row[0]).every((key) => /^[0-9A-HJKMNP-TV-Z]{10}$/.test(key!))).toBe(true)
    expect(first.map((row) => row[0]).filter((key) => second.some((row) => row[0] === key))).toEqual([])
    // the rows add up to the figures: served (column 4) and employed (column 5)
    const sum = (column: number) => first.reduce((n, row) => n + Number(row[column]), 0)
    expect(sum(3)).toBe(8)
    expect(sum(4)).toBe(3)
    expect(sum(7)).toBe(2) // job starts
  })

  it('draws different keys for different clients', () => {
    let byte = 0
    // a source that repeats itself: the second draw equals the first and must be drawn again
    const repeating = (n: number) => new Uint8Array(n).fill(byte++ < 2 ? 1 : byte)
    const keys = randomKeys(3, repeating)
    expect(new Set(keys).size).toBe(3)
  })
})

function localDay() {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
