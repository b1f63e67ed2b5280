import { describe, expect, it } from 'vitest'
import { newVault, tempBackend } from '../../tests/unit/support/temp-vault'
import { apiContract } from '../shared/api'
import { createHandlers } from './api/handlers'

const backend = tempBackend

describe('backend dispatch', () => {
  it('validates every input and writes nothing when it is bad', async () => {
    const core = backend()
    await core.invoke('vault-create', { passphrase: 'pitkä salalause tässä' })
    const bad = await core.invoke('clients-create', {
      firstName: '',
      lastName: 'X',
      status: 'active',
      henkilotunnus: '131052-308A',
    })
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [
          { path: 'firstName', message: 'errors.required' },
          { path: 'henkilotunnus', message: 'errors.henkilotunnus.checksum' },
        ],
      },
    })
    expect(await core.invoke('clients-list', {})).toEqual({ ok: true, value: { items: [], total: 0 } })
    expect(await core.invoke('clients-get', { id: 'not-a-uuid' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(await core.invoke('vault-create', { passphrase: 'lyhyt' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'passphrase', message: 'errors.passphraseTooShort' }] },
    })
  })

  it('answers unknown methods and inherited property names without calling anything', async () => {
    const core = backend()
    expect(await core.invoke('toString', {})).toEqual({ ok: false, error: { code: 'unknown-method' } })
    expect(await core.invoke('__proto__', {})).toEqual({ ok: false, error: { code: 'unknown-method' } })
  })

  it('implements exactly the methods of the contract, and leaves the shell methods to the Electron shell', async () => {
    expect(Object.keys(createHandlers(newVault())).toSorted()).toEqual(Object.keys(apiContract).toSorted())
    expect(await backend().invoke('shell-print', { route: '/print/x' })).toEqual({
      ok: false,
      error: { code: 'unknown-method' },
    })
  })

  it('refuses client calls while locked and tells listeners when it locks', async () => {
    const core = backend()
    const events: string[] = []
    core.onEvent((event) => events.push(event.name))
    await core.invoke('vault-create', { passphrase: 'pitkä salalause tässä' })
    expect((await core.invoke('clients-create', { firstName: 'A', lastName: 'B', status: 'active' })).ok).toBe(true)
    core.lock()
    expect(events).toEqual(['vault-locked'])
    expect(await core.invoke('clients-list', {})).toEqual({ ok: false, error: { code: 'vault/locked', details: {} } })
    expect(await core.invoke('vault-status', {})).toEqual({
      ok: true,
      value: {
        state: 'locked',
        retryAfterSeconds: 0,
        recoveryKeyPending: false,
        problem: null,
        keyFileCopyInUse: false,
        dataDir: expect.any(String),
      },
    })
  })
})
