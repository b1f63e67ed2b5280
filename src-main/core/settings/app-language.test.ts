import { describe, expect, it } from 'vitest'
import { tempBackend } from '../../../tests/unit/support/temp-vault'

describe('app language', () => {
  it('is Finnish until chosen, is stored in the vault and only takes fi, sv or en', async () => {
    const core = tempBackend()
    await core.invoke('vault-create', { passphrase: 'pitkä salalause tässä' })
    expect(await core.invoke('settings-language-get', {})).toEqual({ ok: true, value: 'fi' })
    expect(await core.invoke('settings-language-set', { language: 'sv' })).toEqual({ ok: true, value: 'sv' })
    expect(await core.invoke('settings-language-get', {})).toEqual({ ok: true, value: 'sv' })
    const refused = await core.invoke('settings-language-set', { language: 'de' as 'sv' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await core.invoke('settings-language-get', {})).toEqual({ ok: true, value: 'sv' })
  })
})
