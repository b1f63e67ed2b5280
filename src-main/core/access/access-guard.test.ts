import { beforeEach, describe, expect, it } from 'vitest'
import { validReferral } from '../../../tests/unit/support/form-fixtures'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TEST_PASSPHRASE, tempBackend, tempDir } from '../../../tests/unit/support/temp-vault'
import type { Backend } from '../backend'
import { apiContract } from '../../shared/api'
import { localToday } from '../../shared/dates/dates'
import { ACCESS_RULES } from './method-access'

let core: Backend

async function call<T = unknown>(name: string, input: unknown): Promise<T> {
  const result = await core.invoke(name, input)
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
  return result.value as T
}
const refusal = async (name: string, input: unknown) => {
  const result = await core.invoke(name, input)
  return result.ok ? 'allowed' : result.error.code
}

async function clientWithRecords(firstName: string) {
  const client = await call<{ id: string }>('clients-create', { firstName, lastName: 'Testinen', status: 'active' })
  const { documentId } = await call<{ documentId: string }>('forms-create', { clientId: client.id, formId: 'referral' })
  const finalised = await call<{ versionId: string }>('forms-finalise', { documentId, values: validReferral })
  const contact = await call<{ id: string }>('contacts-create', {
    clientId: client.id,
    withWhom: 'client',
    mode: 'face-to-face',
    reached: true,
    onDate: '2026-03-02',
    note: `Tapaaminen: ${firstName}`,
  })
  const calculationList = await call<unknown[]>('calculator-list', { clientId: client.id })
  return { id: client.id, documentId, versionId: finalised.versionId, contactId: contact.id, calculationList }
}

beforeEach(async () => {
  core = tempBackend()
  await call('vault-create', { passphrase: TEST_PASSPHRASE })
  const { recoveryKey } = await call<{ recoveryKey: string }>('vault-recovery-key-pending', {})
  await call('vault-recovery-key-confirm', { recoveryKey })
})

describe('client-present mode in the core', () => {
  it("refuses every way to another client's data and to all clients' lists, whatever the UI shows", async () => {
    const aino = await clientWithRecords('Aino')
    const bertta = await clientWithRecords('Bertta')
    await call('privacy-present-start', { clientId: aino.id })

    // The present client's record, forms, contacts, timeline and calculator work.
    for (const [name, input] of [
      ['clients-get', { id: aino.id }],
      ['forms-list', { clientId: aino.id }],
      ['forms-get', { documentId: aino.documentId }],
      ['forms-get-version', { versionId: aino.versionId }],
      ['contacts-list', { clientId: aino.id }],
      ['timeline-client', { clientId: aino.id }],
      ['calculator-list', { clientId: aino.id }],
      ['calculator-parameters', {}],
      ['audit-client', { clientId: aino.id }],
      ['audit-print', { route: `/print/form/${aino.versionId}`, how: 'print' }],
    ] as const) {
      expect(await refusal(name, input), name).toBe('allowed')
    }
    // Another client, by any id that leads to them, and every list of clients.
    for (const [name, input] of [
      ['clients-get', { id: bertta.id }],
      ['forms-get', { documentId: bertta.documentId }],
      ['forms-get-version', { versionId: bertta.versionId }],
      ['forms-save-draft', { documentId: bertta.documentId, values: {} }],
      ['contacts-delete', { id: bertta.contactId }],
      ['timeline-client', { clientId: bertta.id }],
      ['audit-print', { route: `/print/form/${bertta.versionId}`, how: 'pdf' }],
      ['audit-print', { route: `/print/form/${bertta.versionId}/sv`, how: 'pdf' }],
      ['data-export-client', { clientId: bertta.id, purpose: 'json' }],
      ['privacy-present-start', { clientId: bertta.id }],
      ['clients-list', {}],
      ['clients-recent', {}],
      ['clients-caseload', {}],
      ['clients-create', { firstName: 'Uusi', lastName: 'Asiakas', status: 'active' }],
      ['contacts-list-employer', { employerId: crypto.randomUUID() }],
      ['audit-recent', {}],
      ['backup-create', {}],
      ['data-retention-review', {}],
      [
        'privacy-settings-set',
        { idleLockMinutes: 5, lockOnMinimise: false, allowScreenCapture: true, retentionYears: 10 },
      ],
      ['privacy-pin-set', { pin: '1234', passphrase: TEST_PASSPHRASE }],
    ] as const) {
      expect(await refusal(name, input), name).toBe('privacy/client-present')
    }
    // A contact moved from the present client to another is refused too.
    const moved = await refusal('contacts-update', {
      id: aino.contactId,
      fields: {
        clientId: bertta.id,
        withWhom: 'client',
        mode: 'phone',
        reached: true,
        onDate: '2026-03-03',
        note: 'x',
      },
    })
    expect(moved).toBe('privacy/client-present')
    // The Electron save dialogs go through the same gate: no backup; only the present client's data export.
    expect(await core.saveBackupTo('/nonexistent/backup')).toMatchObject({ error: { code: 'privacy/client-present' } })
    const folder = tempDir()
    expect(await core.saveClientDataTo(join(folder, 'b.json'), bertta.id)).toMatchObject({
      error: { code: 'privacy/client-present' },
    })
    expect(await core.saveClientDataTo(join(folder, 'a.json'), aino.id)).toEqual({ ok: true, value: null })
    const saved = JSON.parse(readFileSync(join(folder, 'a.json'), 'utf8'))
    expect(saved).toMatchObject({ format: 'tyohonvalmentaja-client-data', client: { firstName: 'Aino' } })
    expect(saved.audit.entries.at(-1)).toMatchObject({ action: 'export', detail: { kind: 'json' } })
    expect(readdirSync(folder)).toEqual(['a.json']) // no temporary file left beside it
    // The file name the dialog suggests: today's, in the app's language (switching it is allowed with a client present).
    expect(core.clientDataFileName()).toBe(`asiakkaan-tiedot-${localToday()}.json`)
    await call('settings-language-set', { language: 'sv' })
    expect(core.clientDataFileName()).toBe(`klientens-uppgifter-${localToday()}.json`)
  })

  it('outlasts a lock and ends only with the PIN or the passphrase; wrong PINs wait, then stop working', async () => {
    const aino = await clientWithRecords('Aino')
    await clientWithRecords('Bertta')
    expect(await refusal('privacy-present-end', { pin: '1234' })).toBe('allowed') // not on: nothing to end
    await call('privacy-pin-set', { pin: '2468', passphrase: TEST_PASSPHRASE })
    await call('privacy-present-start', { clientId: aino.id })
    core.lock()
    await call('vault-unlock', { passphrase: TEST_PASSPHRASE })
    expect(await refusal('clients-list', {})).toBe('privacy/client-present')
    expect((await call<{ presentClientId: string }>('privacy-status', {})).presentClientId).toBe(aino.id)

    expect(await core.invoke('privacy-present-end', { pin: '1111' })).toMatchObject({
      ok: false,
      error: { code: 'privacy/wrong-pin', details: { triesLeft: 4, retryAfterSeconds: 0 } },
    })
    expect(await refusal('privacy-present-end', { pin: '1112' })).toBe('privacy/wrong-pin')
    expect(await core.invoke('privacy-present-end', { pin: '1113' })).toMatchObject({
      error: { code: 'privacy/wrong-pin', details: { triesLeft: 2, retryAfterSeconds: 2 } },
    })
    // Even the right PIN waits its turn.
    expect(await refusal('privacy-present-end', { pin: '2468' })).toBe('privacy/pin-wait')
    expect(await refusal('clients-list', {})).toBe('privacy/client-present')
    expect(await refusal('privacy-present-end', { passphrase: 'väärä salalause tässä' })).toBe('vault/wrong-passphrase')
    await call('privacy-present-end', { passphrase: TEST_PASSPHRASE })
    expect(await refusal('clients-list', {})).toBe('allowed')

    const log = await call<{ entries: Array<{ action: string; detail: unknown }> }>('audit-client', {
      clientId: aino.id,
    })
    expect(log.entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['present-start', 'present-exit-refused', 'present-end']),
    )
    expect(log.entries.filter((entry) => entry.action === 'present-exit-refused')).toHaveLength(4)
  })
})

describe('access log from the API', () => {
  it('logs views and changes per client, once per record within ten minutes, and unlocks with wrong tries', async () => {
    const aino = await clientWithRecords('Aino')
    await call('clients-get', { id: aino.id })
    await call('forms-edit-version', { versionId: aino.versionId })
    await call('forms-save-draft', { documentId: aino.documentId, values: { referrerName: 'A' } })
    await call('forms-save-draft', { documentId: aino.documentId, values: { referrerName: 'AB' } })
    core.lock()
    expect(await refusal('vault-unlock', { passphrase: 'väärä salalause yksi' })).toBe('vault/wrong-passphrase')
    expect(await refusal('vault-unlock', { passphrase: 'väärä salalause kaksi' })).toBe('vault/wrong-passphrase')
    await call('vault-unlock', { passphrase: TEST_PASSPHRASE })
    await call('clients-get', { id: aino.id })

    const { entries, verification } = await call<{
      entries: Array<{ action: string; method: string | null; objectId: string | null; clientId: string }>
      verification: { ok: boolean }
    }>('audit-client', { clientId: aino.id })
    expect(verification.ok).toBe(true)
    expect(entries.map((entry) => [entry.action, entry.method])).toEqual([
      ['change', 'clients-create'],
      ['change', 'forms-create'],
      ['change', 'forms-finalise'],
      ['change', 'contacts-create'],
      ['view', 'calculator-list'],
      ['change', 'forms-edit-version'],
      ['change', 'forms-save-draft'], // two autosaves, one entry
      ['view', 'clients-get'], // after the unlock the coalescing starts again
    ])
    const recent = await call<{ entries: Array<{ action: string; detail: { count?: number } | null }> }>(
      'audit-recent',
      { limit: 3 },
    )
    expect(recent.entries.map((entry) => entry.action)).toEqual(['view', 'unlock', 'wrong-secret'])
    expect(recent.entries[2]!.detail).toMatchObject({ count: 2 })
  })

  it('logs backups and prints, and every method has an access rule', async () => {
    const aino = await clientWithRecords('Aino')
    await call('backup-create', {})
    await call('audit-print', { route: `/print/form/${aino.versionId}`, how: 'pdf' })
    // A printout in the client's language names whose record it is just the same.
    await call('audit-print', { route: `/print/client-data/${aino.id}/sv`, how: 'print' })
    const recent = await call<{
      entries: Array<{ action: string; clientId: string | null; objectId: string | null; detail: unknown }>
    }>('audit-recent', { limit: 3 })
    expect(recent.entries).toMatchObject([
      { action: 'print', clientId: aino.id, objectId: aino.id, detail: { kind: 'print' } },
      { action: 'print', clientId: aino.id, detail: { kind: 'pdf' } },
      { action: 'backup', clientId: null, detail: { kind: 'manual' } },
    ])
    expect(Object.keys(ACCESS_RULES).toSorted()).toEqual(Object.keys(apiContract).toSorted())
  })
})
