import { describe, expect, it } from 'vitest'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { foldForSearch } from '../../shared/text/search-text'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import type { Vault } from '../vault/vault'
import { listClients, listQueries, NARROW_SEARCH_MAX, type ClientListQuery } from './client-list'
import type { Phase } from '../../shared/phases/phase-schema'
import { inPhase } from '../../../tests/unit/support/client-phase'
import { createClient, setClientArchived } from './client-service'

const fields = (overrides: Record<string, unknown>) =>
  clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active', ...overrides })

/** The plans of the page and count queries listClients runs for `query`. */
function plans(vault: Vault, query: ClientListQuery) {
  const explain = (built: { toSQL(): { sql: string; params: unknown[] } }) => {
    const { sql, params } = built.toSQL()
    return (vault.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
      .map((row) => row.detail)
      .join('; ')
  }
  const { page, count } = listQueries(vault.db, query)
  return { page: explain(page), count: explain(count) }
}

describe('client list', () => {
  it('lists a page at a time in name order, with the total and the filters the screens use', async () => {
    const { vault } = await unlockedVault()
    // 23 clients: surnames that differ only in case and accents sort as the coach reads them; phases and statuses vary.
    const created = Array.from({ length: 23 }, (_, i) =>
      inPhase(
        vault,
        createClient(
          vault.db,
          fields({
            firstName: i % 2 ? 'aino' : 'Bertta',
            lastName: ['virtanen', 'Ahonen', 'Öhman', 'Mäki'][i % 4]!,
            status: i % 7 === 6 ? 'closed' : i % 3 === 2 ? 'waiting' : 'active',
          }),
        ),
        i % 6 === 5 ? null : (((i % 5) + 1) as Phase),
      ),
    )
    setClientArchived(vault.db, created[0]!.id, true)
    const everyOne = listClients(vault.db, { limit: 100 })
    expect(everyOne.total).toBe(22)
    const key = (c: { lastName: string; firstName: string; id: string }) => [c.lastName, c.firstName, c.id] as const
    const sorted = everyOne.items.map(key).toSorted((a, b) => {
      for (let i = 0; i < 3; i++) {
        const [x, y] = [a[i]!.toLowerCase(), b[i]!.toLowerCase()]
        if (x !== y) return x < y ? -1 : 1
      }
      return 0
    })
    expect(everyOne.items.map(key)).toEqual(sorted)
    expect(everyOne.items.map((c) => c.lastName).at(0)).toBe('Ahonen')
    expect(everyOne.items.map((c) => c.lastName).at(-1)).toBe('Öhman')

    // Pages join up without gaps or repeats, and each tells the total.
    const pages = [0, 10, 20].map((offset) => listClients(vault.db, { limit: 10, offset }))
    expect(pages.map((page) => page.total)).toEqual([22, 22, 22])
    expect(pages.flatMap((page) => page.items.map((c) => c.id))).toEqual(everyOne.items.map((c) => c.id))
    expect(listClients(vault.db, { limit: 10, offset: 40 })).toEqual({ items: [], total: 22 })

    const matching = (predicate: (c: (typeof created)[number]) => boolean, includeArchived = false) =>
      created.filter((c) => (includeArchived || c.id !== created[0]!.id) && predicate(c)).length
    expect(listClients(vault.db, { phase: 2 }).total).toBe(matching((c) => c.phase === 2))
    expect(listClients(vault.db, { phase: 'none' }).total).toBe(matching((c) => c.phase === null))
    expect(listClients(vault.db, { status: 'open' }).total).toBe(matching((c) => c.status !== 'closed'))
    expect(listClients(vault.db, { status: 'waiting', phase: 3 }).total).toBe(
      matching((c) => c.status === 'waiting' && c.phase === 3),
    )
    expect(listClients(vault.db, { archived: 'include' }).total).toBe(23)
    expect(listClients(vault.db, { archived: 'only' }).items.map((c) => c.id)).toEqual([created[0]!.id])
    // A search pages the same way, and its total counts every match, not the page.
    const search = listClients(vault.db, { search: 'aino', limit: 5 })
    expect(search.items).toHaveLength(5)
    expect(search.total).toBe(matching((c) => c.firstName === 'aino'))
    expect(listClients(vault.db, { search: 'ai', limit: 5, offset: 5 }).total).toBe(search.total)
  })

  it('reads a page in index order, without sorting the register, with or without a broad search', async () => {
    const { vault } = await unlockedVault()
    for (const query of [{}, { phase: 2 as const }, { status: 'closed' as const }, { archived: 'include' as const }]) {
      const { page, count } = plans(vault, query)
      expect(page).toMatch(/USING (COVERING )?INDEX clients_list_order/)
      expect(page).not.toMatch(/TEMP B-TREE/)
      expect(count).toMatch(/USING COVERING INDEX/) // the total without reading the rows
    }
    // Two letters: no trigram to look up, so the page is read in order, testing each client's search text.
    expect(plans(vault, { search: 'ai' }).page).toMatch(/USING INDEX clients_list_order/)
    expect(plans(vault, { search: 'ai' }).page).not.toMatch(/TEMP B-TREE/)
    // A narrow search reads its few matches through the trigram index.
    expect(plans(vault, { search: 'virtanen' }).page).toMatch(/VIRTUAL TABLE/)
  })

  it('finds the same clients through the trigram index (narrow) as through the names (broad)', async () => {
    const { vault } = await unlockedVault()
    const lastNames = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen']
    const towns = ['Joensuu', 'Lieksa', 'Outokumpu', null]
    vault.sqlite.transaction(() => {
      for (let i = 0; i < NARROW_SEARCH_MAX + 200; i++) {
        const client = createClient(
          vault.db,
          fields({
            firstName: `Aino${i % 37}`,
            lastName: lastNames[i % lastNames.length]!,
            municipality: towns[i % towns.length],
            status: i % 4 === 3 ? 'closed' : 'active',
          }),
        )
        inPhase(vault, client, ((i % 5) + 1) as Phase)
        if (i % 11 === 0) setClientArchived(vault.db, client.id, true)
      }
    })()
    const every = listClients(vault.db, { archived: 'include', limit: 100 }).total
    const all = Array.from(
      { length: Math.ceil(every / 100) },
      (_, page) => listClients(vault.db, { archived: 'include', limit: 100, offset: page * 100 }).items,
    ).flat()
    expect(all).toHaveLength(NARROW_SEARCH_MAX + 200)
    const text = (c: (typeof all)[number]) => foldForSearch(`${c.firstName} ${c.lastName} ${c.municipality ?? ''}`)
    // 'nen' is broad (more than NARROW_SEARCH_MAX trigram matches); the others with a word of 3+ letters narrow.
    for (const search of [
      'nen',
      'virtanen',
      'hamalainen joensuu',
      'aino12',
      'aino1 lieksa',
      'ai',
      'ksa aino3',
      'xyz',
    ]) {
      for (const filter of [{}, { status: 'open' as const, phase: 2 as const }, { archived: 'only' as const }]) {
        const expected = all.filter(
          (c) =>
            foldForSearch(search)
              .split(' ')
              .every((word) => text(c).includes(word)) &&
            ('archived' in filter ? c.archivedAt !== null : c.archivedAt === null) &&
            (!('status' in filter) || (c.status !== 'closed' && c.phase === 2)),
        )
        const found = listClients(vault.db, { search, ...filter, limit: 100 })
        expect(found.total, `${search} ${JSON.stringify(filter)}`).toBe(expected.length)
        expect(found.items.map((c) => c.id)).toEqual(expected.slice(0, 100).map((c) => c.id))
        const second = listClients(vault.db, { search, ...filter, limit: 7, offset: 7 })
        expect(second.items.map((c) => c.id)).toEqual(expected.slice(7, 14).map((c) => c.id))
        expect(second.total).toBe(expected.length)
      }
    }
    expect(plans(vault, { search: 'nen' }).page).not.toMatch(/VIRTUAL TABLE/)
    expect(plans(vault, { search: 'aino12' }).page).toMatch(/VIRTUAL TABLE/)
  })
})
