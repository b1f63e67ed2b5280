import { describe, expect, it } from 'vitest'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { coachProfileSchema } from '../../shared/settings/coach-profile-schema'
import { createClient } from '../clients/client-service'
import { createForm, getForm } from '../forms/form-service'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { getCoachProfile, setCoachProfile } from './coach-profile'

describe('coach profile', () => {
  it('is stored in the vault, replaced on save, and its unit can be cleared', async () => {
    const { vault } = await unlockedVault()
    expect(getCoachProfile(vault.db)).toBeNull()
    setCoachProfile(vault.db, coachProfileSchema.parse({ name: 'Ville Valmentaja', unit: 'Siun sote' }))
    setCoachProfile(vault.db, coachProfileSchema.parse({ name: 'Ville Valmentaja', unit: '' }))
    expect(getCoachProfile(vault.db)).toEqual({ name: 'Ville Valmentaja', unit: null })
  })

  it('prefills the coach on every new form', async () => {
    const { vault } = await unlockedVault()
    setCoachProfile(vault.db, { name: 'Ville Valmentaja', unit: 'Siun sote' })
    const client = createClient(
      vault.db,
      clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active' }),
    )
    const { documentId } = createForm(vault, client.id, 'cooperation-agreement')
    expect(getForm(vault.db, documentId).draft?.values).toMatchObject({
      coachName: 'Ville Valmentaja',
      coachUnit: 'Siun sote',
    })
  })

  it('requires a name', () => {
    expect(coachProfileSchema.safeParse({ name: ' ', unit: null }).error?.issues[0]?.message).toBe('errors.required')
  })
})
