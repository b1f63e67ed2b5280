import { describe, expect, it } from 'vitest'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { listClients } from './client-list'
import { createClient, getClient, setClientArchived, updateClient } from './client-service'

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

    const updated = updateClient(
      vault.db,
      aino.id,
      fields({ phone: '040 123 4567', situationAtReferral: 'unemployed' }),
      new Date('2030-01-01'),
    )
    expect(updated).toMatchObject({
      phone: '040 123 4567',
      situationAtReferral: 'unemployed',
      phase: null,
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
