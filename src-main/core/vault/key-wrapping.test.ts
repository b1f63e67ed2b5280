import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { deriveFromPassphrase, unwrapKey, wrapKey } from './key-wrapping'
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key'
import { delayAfterFailures } from './unlock-throttle'

const PARAMS = { N: 2 ** 12, r: 8, p: 1 }

describe('key wrapping', () => {
  it('unwraps with the same passphrase and fails (null) with another', async () => {
    const key = randomBytes(32)
    const salt = randomBytes(16)
    const wrapped = wrapKey(key, await deriveFromPassphrase('oikea salalause', salt, PARAMS))
    expect(unwrapKey(wrapped, await deriveFromPassphrase('oikea salalause', salt, PARAMS))?.equals(key)).toBe(true)
    expect(unwrapKey(wrapped, await deriveFromPassphrase('väärä salalause', salt, PARAMS))).toBeNull()
  })

  it('detects a tampered ciphertext', async () => {
    const salt = randomBytes(16)
    const wrapped = wrapKey(randomBytes(32), await deriveFromPassphrase('x'.repeat(12), salt, PARAMS))
    const bytes = Buffer.from(wrapped.ciphertext, 'base64')
    bytes[0]! ^= 1
    const tampered = { ...wrapped, ciphertext: bytes.toString('base64') }
    expect(unwrapKey(tampered, await deriveFromPassphrase('x'.repeat(12), salt, PARAMS))).toBeNull()
  })

  it('treats composed and decomposed ä as the same passphrase', async () => {
    const salt = randomBytes(16)
    const a = await deriveFromPassphrase('pääsky\u00e4', salt, PARAMS)
    const b = await deriveFromPassphrase('pääskya\u0308', salt, PARAMS)
    expect(a.equals(b)).toBe(true)
  })
})

describe('recovery key', () => {
  it('round-trips through its printed form and forgives case, spaces and look-alike letters', () => {
    const { display, bytes } = generateRecoveryKey()
    expect(display).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(parseRecoveryKey(display)?.equals(bytes)).toBe(true)
    expect(parseRecoveryKey(display.toLowerCase().replaceAll('-', ' '))?.equals(bytes)).toBe(true)
    expect(parseRecoveryKey(display.replaceAll('0', 'O').replaceAll('1', 'l'))?.equals(bytes)).toBe(true)
  })

  it('rejects keys of the wrong length or with foreign characters', () => {
    expect(parseRecoveryKey('ABCD')).toBeNull()
    expect(parseRecoveryKey('U'.repeat(32))).toBeNull()
  })
})

describe('unlock throttle', () => {
  it('lets three attempts through, then doubles the wait up to a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(delayAfterFailures)).toEqual([0, 0, 2, 4, 8, 16, 32, 60, 60])
  })
})
