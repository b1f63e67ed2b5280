import { describe, expect, it } from 'vitest'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { and } from 'drizzle-orm'
import type { ClientFilter } from '../../shared/api/clients-api'
import { clients } from '../db/schema'
import {
  createClient,
  getClient,
  LIST_ORDER,
  listClients,
  listConditionsFor,
  setClientArchived,
  updateClient,
} from './client-service'

const fields = (overrides: Record<string, unknown>) =>
  clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active', ...overrides })

describe('client service', () => {
  it('creates, finds as you type, edits and archives clients', async () => {
    const { vault } = await unlockedVault()
    const aino = createClient(vault.db, fields({ municipality: 'Joensuu', nurseName: 'Leena Korhonen' }))
    createClient(vault.db, fields({ firstName: 'Mikko', lastName: 'Järvinen', municipality: 'Kontiolahti' }))
    createClient(vault.db, fields({ firstName: 'Sanna', lastName: 'Heikkinen', municipality: 'Joensuu' }))

    const names = (search: string, includeArchived = false) =>
      listClients(vault.db, { search, archived: includeArchived ? 'include' : 'exclude' }).items.map((c) => c.lastName)
    expect(names('')).toEqual(['Heikkinen', 'Järvinen', 'Virtanen'])
    expect(names('joen')).toEqual(['Heikkinen', 'Virtanen'])
    expect(names('jarvinen')).toEqual(['Järvinen'])
    expect(names('KORHONEN')).toEqual(['Virtanen'])
    expect(names('aino joensuu')).toEqual(['Virtanen'])
    expect(names('100%_')).toEqual([])
    // Short words (which the trigram index cannot match) still narrow the search; quotes are only text.
    expect(names('sa')).toEqual(['Heikkinen'])
    expect(names('joensuu sa')).toEqual(['Heikkinen'])
    expect(names('"heikki"')).toEqual([])
    expect(names('heik"')).toEqual([])
    expect(names('ikk')).toEqual(['Heikkinen', 'Järvinen'])

    const updated = updateClient(vault.db, aino.id, fields({ phone: '040 123 4567', phase: 3 }), new Date('2030-01-01'))
    expect(updated).toMatchObject({
      phone: '040 123 4567',
      phase: 3,
      municipality: null,
      updatedAt: '2030-01-01T00:00:00.000Z',
    })

    // The index follows every change: after editing, the old municipality no longer finds her.
    expect(names('joensuu')).toEqual(['Heikkinen'])
    updateClient(vault.db, aino.id, fields({ lastName: 'Lahtinen' }))
    expect(names('virtanen')).toEqual([])
    expect(names('lahtin')).toEqual(['Lahtinen'])
    updateClient(vault.db, aino.id, fields({ lastName: 'Virtanen' }))

    setClientArchived(vault.db, aino.id, true)
    expect(names('')).toEqual(['Heikkinen', 'Järvinen'])
    expect(names('', true)).toEqual(['Heikkinen', 'Järvinen', 'Virtanen'])
    setClientArchived(vault.db, aino.id, false)
    expect(getClient(vault.db, aino.id).archivedAt).toBeNull()
  })

  it('lists a page at a time in name order, with the total and the filters the screens use', async () => {
    const { vault } = await unlockedVault()
    // 23 clients: surnames that differ only in case and accents sort as the coach reads them; phases and statuses vary.
    const created = Array.from({ length: 23 }, (_, i) =>
      createClient(
        vault.db,
        fields({
          firstName: i % 2 ? 'aino' : 'Bertta',
          lastName: ['virtanen', 'Ahonen', 'Öhman', 'Mäki'][i % 4]!,
          phase: i % 6 === 5 ? null : (i % 5) + 1,
          status: i % 7 === 6 ? 'closed' : i % 3 === 2 ? 'waiting' : 'active',
        }),
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

  it('reads a list page in index order, without sorting the register', async () => {
    const { vault } = await unlockedVault()
    const plan = (query: ClientFilter) => {
      const { sql, params } = vault.db
        .select({ id: clients.id })
        .from(clients)
        .where(and(...listConditionsFor(query)))
        .orderBy(...LIST_ORDER)
        .limit(50)
        .toSQL()
      return (vault.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join('; ')
    }
    for (const query of [{}, { phase: 2 as const }, { status: 'closed' as const }, { archived: 'include' as const }]) {
      expect(plan(query)).toMatch(/USING (COVERING )?INDEX clients_list_order/)
      expect(plan(query)).not.toMatch(/TEMP B-TREE/)
    }
  })

  it('takes the date of birth from the henkilötunnus when none is given', async () => {
    const { vault } = await unlockedVault()
    const client = createClient(vault.db, fields({ henkilotunnus: '010594Y9032' }))
    expect(client.dateOfBirth).toBe('1994-05-01')
  })

  it('says not-found for an unknown client', async () => {
    const { vault } = await unlockedVault()
    expect(() => getClient(vault.db, '00000000-0000-4000-8000-000000000000')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    )
    expect(() => updateClient(vault.db, '00000000-0000-4000-8000-000000000000', fields({}))).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    )
  })
})
