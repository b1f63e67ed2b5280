import { describe, expect, it } from 'vitest'
import { TEST_SCRYPT, unlockedVault } from '../../../tests/unit/support/temp-vault'
import { ApiError } from '../api/api-error'
import { checkPin, PIN_TRIES, resetPinAttempts, setPin } from './pin'
import { PIN_KEY } from './privacy-settings'

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
  )

describe('PIN', () => {
  it('is stored only as a salted scrypt hash', async () => {
    const { vault } = await unlockedVault()
    await setPin(vault.db, '2468', TEST_SCRYPT)
    const stored = vault.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(PIN_KEY) as { value: string }
    expect(stored.value).not.toContain('2468')
    expect(JSON.parse(stored.value)).toMatchObject({ params: TEST_SCRYPT, salt: expect.any(String) })
    expect(await codeOf(checkPin(vault.db, '2468'))).toBe('ok')
  })

  it('waits after the third wrong try and stops working after the fifth until reset by the passphrase', async () => {
    const { vault } = await unlockedVault()
    await setPin(vault.db, '2468', TEST_SCRYPT)
    let now = new Date('2026-03-02T08:00:00Z')
    const later = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000))
    expect(await codeOf(checkPin(vault.db, '0000', now))).toBe('privacy/wrong-pin')
    expect(await codeOf(checkPin(vault.db, '0001', now))).toBe('privacy/wrong-pin')
    expect(await codeOf(checkPin(vault.db, '0002', now))).toBe('privacy/wrong-pin')
    expect(await codeOf(checkPin(vault.db, '2468', now))).toBe('privacy/pin-wait')
    expect(await codeOf(checkPin(vault.db, '0003', later(2)))).toBe('privacy/wrong-pin')
    expect(await codeOf(checkPin(vault.db, '0004', later(4)))).toBe('privacy/wrong-pin')
    expect(PIN_TRIES).toBe(5)
    expect(await codeOf(checkPin(vault.db, '2468', later(60)))).toBe('privacy/pin-blocked')
    resetPinAttempts(vault.db)
    expect(await codeOf(checkPin(vault.db, '2468', later(1)))).toBe('ok')
  })
})
