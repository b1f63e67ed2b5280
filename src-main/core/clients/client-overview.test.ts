import { describe, expect, it } from 'vitest'
import type { CalcInput } from '../../benefits'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { validProfile } from '../../../tests/unit/support/form-fixtures'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { saveCalculation, setClientBenefits } from '../calculator/calculator-service'
import { contactInputSchema } from '../../shared/contacts/contact-schema'
import { employerInputSchema } from '../../shared/employers/employer-schema'
import { createContact } from '../contacts/contact-service'
import { createEmployer } from '../employers/employer-service'
import { createForm } from '../forms/form-documents'
import { finaliseForm, saveDraft } from '../forms/form-lifecycle'
import { ACTIVITY_NEWEST_FIRST, caseload, recentClients } from './client-overview'
import type { Phase } from '../../shared/phases/phase-schema'
import { inPhase } from '../../../tests/unit/support/client-phase'
import { createClient, setClientArchived, updateClient } from './client-service'

const fields = (overrides: Record<string, unknown>) =>
  clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active', ...overrides })
const at = (time: string) => new Date(`2026-03-02T${time}:00Z`)
const INPUT: CalcInput = {
  month: '2026-06',
  wage: { grossMonthly: 900, taxRatePercent: 20 },
  benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 600 }],
}

describe('home page overview', () => {
  it('counts open clients per phase, leaving out closed and archived ones', async () => {
    const { vault } = await unlockedVault()
    expect(caseload(vault.db)).toEqual({ open: 0, byPhase: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 } })
    const client = (phase: Phase | null, status = 'active') =>
      inPhase(vault, createClient(vault.db, fields({ status })), phase)
    client(2)
    client(2, 'waiting')
    client(null)
    client(5)
    client(2, 'closed')
    setClientArchived(vault.db, client(5).id, true)
    expect(caseload(vault.db)).toEqual({ open: 4, byPhase: { 1: 0, 2: 2, 3: 0, 4: 0, 5: 1, none: 1 } })
  })

  it('puts first the client worked on last: details, a form draft or finalising, a calculation or a contact', async () => {
    const { vault } = await unlockedVault()
    const store = { db: vault.db, sqlite: vault.sqlite }
    const names = (limit?: number) => recentClients(store, limit).map((client) => client.lastName)
    expect(names()).toEqual([])
    const aino = createClient(vault.db, fields({ lastName: 'Aaltonen' }), at('08:00'))
    const mikko = createClient(vault.db, fields({ lastName: 'Mäkinen' }), at('08:10'))
    const sanna = createClient(vault.db, fields({ lastName: 'Salo' }), at('08:20'))
    expect(names()).toEqual(['Salo', 'Mäkinen', 'Aaltonen'])

    // Aino's vocational profile all morning: the draft saves keep her first.
    const { documentId } = createForm(store, aino.id, 'vocational-profile', at('09:00'))
    saveDraft(store, documentId, { ...validProfile, workGoal: 'Kaupan ala' }, at('11:45'))
    expect(recentClients(store)[0]).toMatchObject({ lastName: 'Aaltonen', workedAt: at('11:45').toISOString() })
    // Mikko's calculation, then Sanna's benefits recorded for the calculator.
    saveCalculation(vault.db, vault.sqlite, { clientId: mikko.id, input: INPUT }, at('12:00'))
    expect(names()).toEqual(['Mäkinen', 'Aaltonen', 'Salo'])
    setClientBenefits(vault.db, sanna.id, { benefits: INPUT.benefits }, at('12:30'))
    expect(names()).toEqual(['Salo', 'Mäkinen', 'Aaltonen'])
    // Finalising Aino's profile is work on her too; editing Mikko's details as well.
    expect(finaliseForm(store, documentId, validProfile, at('13:00')).ok).toBe(true)
    expect(names(1)).toEqual(['Aaltonen'])
    updateClient(vault.db, mikko.id, fields({ lastName: 'Mäkinen', phone: '040 123' }), at('13:30'))
    expect(names()).toEqual(['Mäkinen', 'Aaltonen', 'Salo'])
    // A meeting logged about Sanna (a contact without a client is no one's work).
    const contact = (fields: Record<string, unknown>, now: Date) =>
      createContact(
        vault.db,
        contactInputSchema.parse({ mode: 'face-to-face', reached: true, note: '', ...fields }),
        now,
      )
    contact({ clientId: sanna.id, withWhom: 'client', onDate: '2026-03-02' }, at('13:40'))
    expect(names()).toEqual(['Salo', 'Mäkinen', 'Aaltonen'])
    const employer = createEmployer(vault.db, employerInputSchema.parse({ name: 'Kahvila Aurora' }))
    contact({ employerId: employer.id, withWhom: 'employer', onDate: '2026-03-02' }, at('13:50'))
    expect(names()).toEqual(['Salo', 'Mäkinen', 'Aaltonen'])
    // An archived client is not on the home page, however recent the work.
    setClientArchived(vault.db, mikko.id, true, at('14:00'))
    expect(names()).toEqual(['Salo', 'Aaltonen'])
  })

  it('reads the work of every kind newest first through indexes, without sorting it', async () => {
    const { vault } = await unlockedVault()
    const rows = vault.sqlite.prepare(`EXPLAIN QUERY PLAN ${ACTIVITY_NEWEST_FIRST}`).all() as Array<{ detail: string }>
    const plan = rows.map((row) => row.detail).join('; ')
    expect(plan).toContain('MERGE (UNION ALL)')
    for (const index of [
      'clients_updated',
      'form_documents_updated',
      'saved_calculations_created',
      'contacts_updated',
    ]) {
      expect(plan).toContain(index)
    }
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })
})
