import { describe, expect, it } from 'vitest'
import { validAgreement, validReferral } from '../../../tests/unit/support/form-fixtures'
import { unlockedVault } from '../../../tests/unit/support/temp-vault'
import { dumpEveryTable } from '../../../tests/unit/support/vault-rows'
import type { CalcInput } from '../../benefits'
import { clientInputSchema } from '../../shared/clients/client-schema'
import { contactInputSchema } from '../../shared/contacts/contact-schema'
import { jobStartSchema } from '../../shared/jobs/job-schema'
import { ApiError } from '../api/api-error'
import { appendAudit, checkAuditChain, clientAuditEntries } from '../audit/audit-log'
import { saveCalculation } from '../calculator/calculator-service'
import { createClient, updateClient } from '../clients/client-service'
import { createContact } from '../contacts/contact-service'
import { createForm, draftFromVersion, finaliseForm, saveDraft } from '../forms/form-service'
import { addSignature } from '../forms/form-signatures'
import { startEducation, startJob } from '../jobs/job-service'
import { changePhase } from '../phases/phase-service'
import { writePrivacySettings } from '../privacy/privacy-settings'
import type { Vault } from '../vault/vault'
import { deleteClientPermanently } from './client-deletion'
import { exportClientData } from './client-export'
import { retentionReview } from './retention-review'

const AINO = {
  firstName: 'Aino',
  lastName: 'Virtanen',
  diagnosis: 'Kaksisuuntainen mielialahäiriö F31',
  place: 'kirjastossa',
  goal: 'Luonnos: kaupan ala',
}
const BERTTA = {
  firstName: 'Bertta',
  lastName: 'Berg',
  diagnosis: 'Masennus F33',
  place: 'kahvilassa',
  goal: 'Luonnos: varasto',
}

/** A client with something in every kind of record, and a second client who must be left alone. */
async function clientWithEverything(vault: Vault, who: typeof AINO) {
  const { firstName, lastName } = who
  const client = createClient(vault.db, clientInputSchema.parse({ firstName, lastName, status: 'active' }))
  const referral = createForm(vault, client.id, 'referral')
  const v1 = finaliseForm(vault, referral.documentId, validReferral)
  if (!v1.ok) throw new Error('finalise failed')
  draftFromVersion(vault, v1.versionId)
  const v2 = finaliseForm(vault, referral.documentId, { ...validReferral, clinicalConsiderations: who.diagnosis })
  if (!v2.ok) throw new Error('finalise failed')
  addSignature(vault.db, {
    versionId: v2.versionId,
    contentHash: v2.contentHash,
    method: 'paper',
    signerRole: 'referrer',
    signerName: 'Hanna Hoitaja',
    signedOn: '2025-03-03',
  })
  const agreement = createForm(vault, client.id, 'cooperation-agreement')
  saveDraft(vault, agreement.documentId, { ...validAgreement, clientGoal: who.goal })
  changePhase(vault, { clientId: client.id, phase: 2, fromDate: '2026-02-01', maintenance: false, note: 'Profilointi' })
  createContact(
    vault.db,
    contactInputSchema.parse({
      clientId: client.id,
      withWhom: 'client',
      mode: 'face-to-face',
      reached: true,
      onDate: '2026-02-03',
      note: `Tapaaminen ${who.place}, ${who.diagnosis}`,
    }),
  )
  startJob(
    vault,
    jobStartSchema.parse({
      clientId: client.id,
      newEmployerName: 'Kahvila Aurora',
      title: 'Kahvilatyöntekijä',
      startedOn: '2026-02-20',
      hoursPerWeek: 20,
      contractType: 'permanent',
      wageSubsidy: false,
      wageAsCoworkers: true,
      openToAnyone: true,
      serviceTimeLimit: false,
    }),
  )
  startEducation(vault.db, {
    clientId: client.id,
    educationType: 'vocational',
    institution: 'Riveria',
    programme: null,
    startedOn: '2026-08-15',
    note: null,
  })
  const input: CalcInput = {
    month: '2026-06',
    wage: { grossMonthly: 1100, taxRatePercent: 20, hoursPerWeek: 20 },
    benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 600 }],
  }
  saveCalculation(vault.db, vault.sqlite, { clientId: client.id, input })
  appendAudit(vault.db, { action: 'view', clientId: client.id, method: 'clients-get' })
  return { client, referralDocumentId: referral.documentId, agreementDocumentId: agreement.documentId }
}

describe('data export', () => {
  it('holds every record about the client, with every version and signature, and logs itself', async () => {
    const { vault } = await unlockedVault()
    const { client, referralDocumentId } = await clientWithEverything(vault, AINO)
    await clientWithEverything(vault, BERTTA)
    const data = exportClientData(vault.db, client.id, 'json')
    expect(data).toMatchObject({ format: 'tyohonvalmentaja-client-data', version: 1, client: { firstName: 'Aino' } })
    const referral = data.forms.find((form) => form.documentId === referralDocumentId)!
    expect(referral.versions.map((version) => version.versionNumber)).toEqual([1, 2])
    expect(referral.versions[1]!.values.clinicalConsiderations).toBe(AINO.diagnosis)
    expect(referral.versions[1]!.signatures).toMatchObject([{ signerName: 'Hanna Hoitaja', method: 'paper' }])
    expect(data.forms.find((form) => form.formId === 'cooperation-agreement')!.draft?.values.clientGoal).toBe(AINO.goal)
    expect(data.phaseHistory.map((entry) => entry.phase)).toContain(2)
    expect(data.contacts).toHaveLength(1)
    expect(data.jobs).toMatchObject([{ title: 'Kahvilatyöntekijä', employerName: 'Kahvila Aurora' }])
    expect(data.education).toMatchObject([{ institution: 'Riveria' }])
    expect(data.calculations).toHaveLength(1)
    expect(data.calculations[0]!.result).toBeDefined()
    expect(data.benefits?.benefits).toHaveLength(1)
    expect(data.audit.verification.ok).toBe(true)
    expect(data.audit.entries.map((entry) => entry.action)).toEqual(['view', 'export'])
    // Nothing of the other client.
    expect(JSON.stringify(data)).not.toContain('Bertta')
  })
})

describe('permanent deletion', () => {
  it('needs the name typed, removes every record about the client and only them, and keeps the log verifiable', async () => {
    const { vault } = await unlockedVault()
    const { client } = await clientWithEverything(vault, AINO)
    const other = await clientWithEverything(vault, BERTTA)
    const before = dumpEveryTable(vault.sqlite)

    expect(() => deleteClientPermanently(vault, client.id, 'Aino Virta')).toThrow(ApiError)
    const { redactedEntries } = deleteClientPermanently(vault, client.id, '  aino   VIRTANEN ')
    expect(redactedEntries).toBe(1)

    const after = dumpEveryTable(vault.sqlite)
    const text = JSON.stringify(after)
    for (const trace of [client.id, 'Aino', 'Virtanen', AINO.diagnosis, AINO.goal, AINO.place]) {
      expect(text, trace).not.toContain(trace)
    }
    // Not even the search index's trigrams of the name ('vir' is Virtanen's alone): the index was merged.
    const index = (vault.sqlite.prepare('SELECT block FROM clients_fts_data').all() as Array<{ block: Buffer }>)
      .map((row) => Buffer.from(row.block).toString('latin1'))
      .join('')
    expect(index).toContain('ber')
    expect(index).not.toContain('vir')
    // The other client's records are all there; the shared employer register stays.
    for (const table of ['form_documents', 'form_versions', 'contacts', 'jobs', 'education', 'saved_calculations']) {
      expect(after[table]!.length, table).toBe(before[table]!.length / 2)
    }
    expect(JSON.stringify(after.clients)).toContain(other.client.id)
    expect(after.employers!.length).toBe(before.employers!.length)
    expect(checkAuditChain(vault.db)).toMatchObject({ ok: true })
    const deletion = vault.sqlite.prepare(`SELECT * FROM audit_log WHERE action = 'client-deleted'`).get()
    expect(deletion).toMatchObject({ client_id: null, method: null, object_id: null })
    expect(clientAuditEntries(vault.db, other.client.id)).toHaveLength(1)
  })
})

describe('retention review', () => {
  it('lists closed clients whose period from the closing date has ended', async () => {
    const { vault } = await unlockedVault()
    const closedLongAgo = createClient(
      vault.db,
      clientInputSchema.parse({ firstName: 'Vanha', lastName: 'Asiakas', status: 'closed' }),
      new Date('2014-05-01T10:00:00Z'),
    )
    createClient(
      vault.db,
      clientInputSchema.parse({ firstName: 'Tuore', lastName: 'Asiakas', status: 'closed' }),
      new Date('2024-05-01T10:00:00Z'),
    )
    const active = createClient(
      vault.db,
      clientInputSchema.parse({ firstName: 'Avoin', lastName: 'X', status: 'active' }),
    )
    updateClient(vault.db, active.id, clientInputSchema.parse({ firstName: 'Avoin', lastName: 'X', status: 'active' }))
    const now = new Date('2026-03-02T10:00:00Z')
    expect(retentionReview(vault.db, now)).toEqual({
      retentionYears: 10,
      clients: [
        {
          id: closedLongAgo.id,
          firstName: 'Vanha',
          lastName: 'Asiakas',
          closedOn: '2014-05-01',
          closedOnSource: 'last-change',
          dueOn: '2024-05-01',
        },
      ],
    })
    writePrivacySettings(vault.db, {
      idleLockMinutes: 5,
      lockOnMinimise: false,
      allowScreenCapture: false,
      retentionYears: 1,
    })
    expect(retentionReview(vault.db, now).clients.map((client) => client.firstName)).toEqual(['Vanha', 'Tuore'])
  })
})
