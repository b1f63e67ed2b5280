import { describe, expect, it } from 'vitest'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { validReferral } from '../../../tests/unit/support/form-fixtures'
import { contactInputSchema } from '../../shared/contacts/contact-schema'
import { saveCalculation, setClientBenefits } from '../calculator/calculator-service'
import { createContact } from '../contacts/contact-service'
import { changePhase } from '../phases/phase-service'
import { addSignature, createForm, finaliseForm, saveDraft } from '../forms/form-service'
import { createClient, getClient, listClients, setClientArchived, updateClient } from './client-service'

const fields = (overrides: Record<string, unknown>) =>
  clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active', ...overrides })

describe('client service', () => {
  it('creates, finds as you type, edits and archives clients', async () => {
    const { vault } = await unlockedVault()
    const aino = createClient(vault.db, fields({ municipality: 'Joensuu', nurseName: 'Leena Korhonen' }))
    createClient(vault.db, fields({ firstName: 'Mikko', lastName: 'Järvinen', municipality: 'Kontiolahti' }))
    createClient(vault.db, fields({ firstName: 'Sanna', lastName: 'Heikkinen', municipality: 'Joensuu' }))

    const names = (search: string, includeArchived = false) =>
      listClients(vault.db, { search, includeArchived }).map((c) => c.lastName)
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

  it('lists when the coach last worked on each client: details, forms, signatures, calculations, phases, contacts', async () => {
    const { vault } = await unlockedVault()
    const at = (time: string) => new Date(`2026-03-0${time}Z`)
    const aino = createClient(vault.db, fields({}), at('1T08:00:00'))
    const eero = createClient(vault.db, fields({ firstName: 'Eero', lastName: 'Laine' }), at('1T09:00:00'))
    const lastWorked = () =>
      Object.fromEntries(listClients(vault.db).map((client) => [client.firstName, client.lastWorkedAt]))
    expect(lastWorked()).toEqual({ Aino: '2026-03-01T08:00:00.000Z', Eero: '2026-03-01T09:00:00.000Z' })

    const { documentId } = createForm(vault, aino.id, 'referral', at('2T08:00:00'))
    expect(lastWorked().Aino).toBe('2026-03-02T08:00:00.000Z')
    saveDraft(vault, documentId, validReferral, at('2T09:00:00'))
    expect(lastWorked().Aino).toBe('2026-03-02T09:00:00.000Z')
    const result = finaliseForm(vault, documentId, validReferral, at('3T08:00:00'))
    if (!result.ok) throw new Error('the referral should finalise')
    expect(lastWorked().Aino).toBe('2026-03-03T08:00:00.000Z')
    addSignature(
      vault.db,
      {
        versionId: result.versionId,
        contentHash: result.contentHash,
        method: 'paper',
        signerRole: 'referrer',
        signerName: 'Ville Valmentaja',
        place: null,
        imageDataUrl: null,
        signedOn: '2026-03-03',
      },
      at('4T08:00:00'),
    )
    expect(lastWorked().Aino).toBe('2026-03-04T08:00:00.000Z')

    setClientBenefits(vault.db, eero.id, { benefits: [] }, at('5T08:00:00'))
    expect(lastWorked().Eero).toBe('2026-03-05T08:00:00.000Z')
    const input = { month: '2026-06', wage: { grossMonthly: 900 }, benefits: [] }
    saveCalculation(vault.db, vault.sqlite, { clientId: eero.id, input }, at('6T08:00:00'))
    expect(lastWorked()).toEqual({ Aino: '2026-03-04T08:00:00.000Z', Eero: '2026-03-06T08:00:00.000Z' })

    const change = { clientId: aino.id, phase: 2 as const, fromDate: '2026-03-07', maintenance: false, note: null }
    changePhase(vault, change, at('7T08:00:00'))
    expect(lastWorked().Aino).toBe('2026-03-07T08:00:00.000Z')
    const call = { clientId: eero.id, onDate: '2026-03-08', withWhom: 'client', mode: 'phone', reached: false }
    createContact(vault.db, contactInputSchema.parse(call), at('8T08:00:00'))
    expect(lastWorked()).toEqual({ Aino: '2026-03-07T08:00:00.000Z', Eero: '2026-03-08T08:00:00.000Z' })
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
