import { describe, expect, it } from 'vitest'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { coachProfileMissing, coachProfileSchema } from '../../shared/settings/coach-profile-schema'
import { createClient } from '../clients/client-service'
import { createForm, getForm } from '../forms/form-service'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { getCoachProfile, setCoachProfile } from './coach-profile'

const VILLE = coachProfileSchema.parse({
  name: 'Ville Valmentaja',
  unit: 'IPS-tiimi',
  organisation: 'Pohjois-Karjalan hyvinvointialue',
  phone: '050 987 6543',
  email: 'ville.valmentaja@siunsote.fi',
})

describe('coach profile', () => {
  it('is stored in the vault, replaced on save, and its optional fields can be cleared', async () => {
    const { vault } = await unlockedVault()
    expect(getCoachProfile(vault.db)).toBeNull()
    setCoachProfile(vault.db, VILLE)
    expect(getCoachProfile(vault.db)).toEqual(VILLE)
    setCoachProfile(vault.db, coachProfileSchema.parse({ name: 'Ville Valmentaja', unit: '', phone: '' }))
    expect(getCoachProfile(vault.db)).toEqual({
      name: 'Ville Valmentaja',
      unit: null,
      organisation: null,
      phone: null,
      email: null,
    })
  })

  it('prefills the coach on every new form, and the contact details and controller on the agreement', async () => {
    const { vault } = await unlockedVault()
    setCoachProfile(vault.db, VILLE)
    const client = createClient(
      vault.db,
      clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active' }),
    )
    const agreement = createForm(vault, client.id, 'cooperation-agreement')
    expect(getForm(vault.db, agreement.documentId).draft?.values).toMatchObject({
      coachName: 'Ville Valmentaja',
      coachUnit: 'IPS-tiimi',
      coachPhone: '050 987 6543',
      coachEmail: 'ville.valmentaja@siunsote.fi',
      controller: 'Pohjois-Karjalan hyvinvointialue',
    })
    const plan = createForm(vault, client.id, 'job-search-plan')
    expect(getForm(vault.db, plan.documentId).draft?.values).toMatchObject({ coachName: 'Ville Valmentaja' })
  })

  it('requires a name and checks the phone and e-mail', () => {
    expect(coachProfileSchema.safeParse({ name: ' ', unit: null }).error?.issues[0]?.message).toBe('errors.required')
    const issues = coachProfileSchema.safeParse({ name: 'Ville', phone: 'soita', email: 'ei-osoite' }).error?.issues
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['phone', 'errors.invalidPhone'],
      ['email', 'errors.invalidEmail'],
    ])
  })

  it('tells what the first finalised forms still need from Settings', () => {
    expect(coachProfileMissing(null)).toEqual(['name', 'organisation'])
    expect(coachProfileMissing({ ...VILLE, organisation: null })).toEqual(['organisation'])
    expect(coachProfileMissing(VILLE)).toEqual([])
  })
})
