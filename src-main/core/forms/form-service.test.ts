import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validAgreement, validProfile, validReferral, withChanges } from '../../../tests/unit/support/form-fixtures'
import { ApiError } from '../api/api-error'
import { createClient } from '../clients/client-service'
import { newestFormValuesQueries } from './form-documents'
import type { Vault } from '../vault/vault'
import { tempBackend, unlockedVault } from '../../../tests/unit/support/temp-vault'
import {
  addSignature,
  clientConsents,
  contentHashOf,
  createForm,
  discardDraft,
  draftFromVersion,
  finaliseForm,
  getForm,
  getVersion,
  listForms,
  saveDraft,
} from './form-service'

let vault: Vault
let clientId: string

beforeAll(async () => {
  vault = (await unlockedVault()).vault
  clientId = createClient(vault.db, {
    firstName: 'Maija',
    lastName: 'Mallikas',
    dateOfBirth: '1990-05-17',
    henkilotunnus: null,
    phone: '040 123 4567',
    email: null,
    municipality: 'Joensuu',
    treatingUnit: 'Aikuispsykiatrian poliklinikka',
    nurseName: 'Hanna Hoitaja',
    referralDate: null,
    situationAtReferral: null,
    careTeamFrequency: null,
    status: 'active',
  }).id
})

afterAll(() => vault.lock())

describe('form drafts', () => {
  it('creates a prefilled draft, saves and loads it', () => {
    const { documentId } = createForm(vault, clientId, 'referral', new Date('2025-03-03T10:00:00Z'))
    const doc = getForm(vault.db, documentId)
    expect(doc.formId).toBe('referral')
    expect(doc.draft?.values.clientName).toBe('Maija Mallikas')
    expect(doc.draft?.values.treatingUnit).toBe('Aikuispsykiatrian poliklinikka')
    expect(doc.draft?.values.nurseName).toBe('Hanna Hoitaja')
    expect(doc.draft?.values.formDate).toBe('2025-03-03')
    expect(doc.versions).toEqual([])

    const saved = saveDraft(vault, documentId, { ...doc.draft!.values, workHistoryBrief: 'Kesken jäänyt lause' })
    expect(getForm(vault.db, documentId).draft?.values.workHistoryBrief).toBe('Kesken jäänyt lause')
    expect(getForm(vault.db, documentId).draft?.updatedAt).toBe(saved.updatedAt)
    expect(listForms(vault.db, clientId).find((item) => item.documentId === documentId)?.status).toBe('draft')
  })

  it('refuses a draft of the wrong shape but never for missing answers', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    expect(() => saveDraft(vault, documentId, { clientWishes: 'not-an-array' })).toThrow(ApiError)
    expect(() => saveDraft(vault, documentId, {})).not.toThrow()
  })

  it('discarding a never-finalised draft removes the document', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    expect(discardDraft(vault, documentId).documentDeleted).toBe(true)
    expect(() => getForm(vault.db, documentId)).toThrow(ApiError)
  })
})

describe('finalising and versions', () => {
  it('rejects missing required fields with issues and keeps the draft', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    const result = finaliseForm(vault, documentId, withChanges(validReferral, { referrerName: '' }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((issue) => issue.path)).toEqual(['referrerName'])
    // What the coach had on screen is kept as the draft.
    expect(getForm(vault.db, documentId).draft?.values.workHistoryBrief).toBe(validReferral.workHistoryBrief)
    expect(getForm(vault.db, documentId).versions).toEqual([])
  })

  it('writes the answers once, in one transaction: the version in, the draft out, the document touched', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    const changes = () => (vault.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n
    const before = changes()
    expect(finaliseForm(vault, documentId, validReferral).ok).toBe(true)
    // + the client record, which takes the referral date and the situation at referral it did not have.
    expect(changes() - before).toBe(4)
  })

  it('creates an immutable version with a content hash and removes the draft', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    const result = finaliseForm(vault, documentId, validReferral)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.versionNumber).toBe(1)
    expect(result.contentHash).toBe(contentHashOf('referral', 1, validReferral))
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const doc = getForm(vault.db, documentId)
    expect(doc.draft).toBeNull()
    expect(doc.versions).toHaveLength(1)
    expect(getVersion(vault.db, result.versionId).values).toEqual(validReferral)
    expect(() => saveDraft(vault, documentId, validReferral)).toThrow(ApiError)
    expect(listForms(vault.db, clientId).find((item) => item.documentId === documentId)?.status).toBe('finalised')
  })

  it('editing a version makes a new draft; finalising it makes version 2 and keeps version 1', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    const first = finaliseForm(vault, documentId, validReferral)
    if (!first.ok) throw new Error('finalise failed')
    draftFromVersion(vault, first.versionId)
    const draft = getForm(vault.db, documentId).draft
    expect(draft?.basedOnVersionId).toBe(first.versionId)
    expect(draft?.values).toEqual(validReferral)
    const second = finaliseForm(vault, documentId, { ...validReferral, workHistoryBrief: 'Päivitetty' })
    if (!second.ok) throw new Error('finalise failed')
    expect(second.versionNumber).toBe(2)
    expect(second.contentHash).not.toBe(first.contentHash)
    expect(getVersion(vault.db, first.versionId).values.workHistoryBrief).toBe(validReferral.workHistoryBrief)
    expect(getVersion(vault.db, first.versionId).isLatest).toBe(false)
    expect(getVersion(vault.db, second.versionId).isLatest).toBe(true)
  })
})

describe('signatures', () => {
  it('are tied to the content hash; a new version needs new signatures', () => {
    const { documentId } = createForm(vault, clientId, 'referral')
    const first = finaliseForm(vault, documentId, validReferral)
    if (!first.ok) throw new Error('finalise failed')
    expect(() =>
      addSignature(vault.db, {
        versionId: first.versionId,
        contentHash: 'f'.repeat(64),
        method: 'paper',
        signerRole: 'referrer',
        signerName: 'Hanna',
        signedOn: '2025-03-03',
      }),
    ).toThrow(ApiError)
    addSignature(vault.db, {
      versionId: first.versionId,
      contentHash: first.contentHash,
      method: 'screen',
      signerRole: 'referrer',
      signerName: 'Hanna Hoitaja',
      signedOn: '2025-03-03',
      place: 'Joensuu',
      imageDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    })
    expect(getVersion(vault.db, first.versionId).signatures).toHaveLength(1)
    expect(listForms(vault.db, clientId).find((item) => item.documentId === documentId)?.status).toBe('signed')

    draftFromVersion(vault, first.versionId)
    const second = finaliseForm(vault, documentId, { ...validReferral, clinicalConsiderations: 'Uusi tieto' })
    if (!second.ok) throw new Error('finalise failed')
    expect(getVersion(vault.db, second.versionId).signatures).toEqual([])
    expect(listForms(vault.db, clientId).find((item) => item.documentId === documentId)?.status).toBe('finalised')
    expect(getVersion(vault.db, first.versionId).signatures[0]?.contentHash).toBe(first.contentHash)
  })
})

describe('consents and prefill', () => {
  it('shows the consents in force from the newest finalised agreement', () => {
    expect(clientConsents(vault.db, clientId).source).toBeNull()
    const { documentId } = createForm(vault, clientId, 'cooperation-agreement')
    const result = finaliseForm(vault, documentId, validAgreement)
    expect(result.ok).toBe(true)
    const consents = clientConsents(vault.db, clientId, new Date('2025-06-01T12:00:00Z'))
    expect(consents.source?.versionNumber).toBe(1)
    const careTeam = consents.parties.find((party) => party.party === 'care-team')
    expect(careTeam?.mayShare).toBe(true)
    expect(consents.parties.find((party) => party.party === 'kela')?.refused).toBe(true)
    expect(consents.employerContact?.mayContactEmployers).toBe(true)
  })

  it('prefills the job-search plan from the finalised profile and the coach from earlier forms', () => {
    const profile = createForm(vault, clientId, 'vocational-profile')
    expect(finaliseForm(vault, profile.documentId, validProfile).ok).toBe(true)
    const plan = createForm(vault, clientId, 'job-search-plan')
    const values = getForm(vault.db, plan.documentId).draft!.values
    expect(values.employmentGoal).toBe(validProfile.workGoal)
    expect(values.coachName).toBe('Ville Valmentaja')
    expect(values.clientName).toBe('Maija Mallikas')
  })

  it('finds the coach of the newest form through the time indexes, without sorting every form', () => {
    for (const query of newestFormValuesQueries(vault.db)) {
      const { sql, params } = query.toSQL()
      const plan = (vault.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join('; ')
      expect(plan).toMatch(/USING INDEX (form_drafts_updated|form_versions_finalised)/)
      expect(plan).not.toMatch(/TEMP B-TREE/)
    }
  })
})

describe('through the backend', () => {
  it('validates inputs and returns finalise issues as a value', async () => {
    const backend = tempBackend()
    try {
      expect((await backend.invoke('vault-create', { passphrase: 'testi salalause pitkä' })).ok).toBe(true)
      const client = await backend.invoke('clients-create', {
        firstName: 'Aino',
        lastName: 'Virtanen',
        status: 'active',
      })
      if (!client.ok) throw new Error('client')
      const created = await backend.invoke('forms-create', {
        clientId: (client.value as { id: string }).id,
        formId: 'closure',
      })
      if (!created.ok) throw new Error(JSON.stringify(created))
      const { documentId } = created.value as { documentId: string }
      const finalised = await backend.invoke('forms-finalise', { documentId })
      expect(finalised.ok && (finalised.value as { ok: boolean }).ok).toBe(false)
      expect(
        (await backend.invoke('forms-create', { clientId: (client.value as { id: string }).id, formId: 'nope' })).ok,
      ).toBe(false)
      expect((await backend.invoke('forms-save-draft', { documentId: 'x', values: {} })).ok).toBe(false)

      // Drafts: only the form's own fields, and not megabytes of text.
      expect(
        await backend.invoke('forms-save-draft', { documentId, values: { reasonDetail: 'x'.repeat(600_000) } }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ path: 'values', message: 'errors.tooLong' }] },
      })
      expect(await backend.invoke('forms-save-draft', { documentId, values: { notAField: 'x' } })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
      expect(
        (await backend.invoke('forms-save-draft', { documentId, values: { reasonDetail: 'x'.repeat(1000) } })).ok,
      ).toBe(true)

      // Signatures: a real date and a name without control or bidi characters.
      const signature = {
        versionId: '0b8f2a7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        contentHash: 'a'.repeat(64),
        method: 'paper',
        signerRole: 'client',
        signerName: 'Aino Virtanen',
        signedOn: '2023-02-28',
      }
      for (const [field, value] of [
        ['signedOn', '2023-02-30'],
        ['signedOn', '2023-13-01'],
        ['signerName', 'Aino\u202eVirtanen'],
        ['signerName', 'Aino\u0000'],
      ]) {
        expect(await backend.invoke('forms-sign', { ...signature, [field!]: value })).toMatchObject({
          ok: false,
          error: { code: 'invalid-input', issues: [{ path: field }] },
        })
      }
      expect(await backend.invoke('forms-sign', signature)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    } finally {
      backend.close()
    }
  })
})
