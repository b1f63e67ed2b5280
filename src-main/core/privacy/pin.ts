import { randomBytes, timingSafeEqual } from 'node:crypto'
import { ApiError } from '../api/api-error'
import type { Db } from '../db/open-database'
import { readSettingValues, writeSettingValues } from '../settings/settings-store'
import { deriveFromPassphrase, type ScryptParams } from '../vault/key-wrapping'
import { delayAfterFailures } from '../vault/unlock-throttle'
import { PIN_ATTEMPTS_KEY, PIN_KEY } from './privacy-settings'

/** After this many wrong PINs in a row only the passphrase ends the mode (the passphrase resets the count). */
export const PIN_TRIES = 5

type StoredPin = { salt: string; hash: string; params: ScryptParams }
type PinAttempts = { failed: number; nextAt: string | null }

/** Stores only scrypt(pin) with a random salt and the vault's scrypt cost, in the encrypted vault. */
export async function setPin(db: Db, pin: string, params: ScryptParams, now = new Date()) {
  const salt = randomBytes(16)
  const hash = await deriveFromPassphrase(pin, salt, params)
  const stored: StoredPin = { salt: salt.toString('base64'), hash: hash.toString('base64'), params }
  hash.fill(0)
  writeSettingValues(db, { [PIN_KEY]: JSON.stringify(stored), [PIN_ATTEMPTS_KEY]: null }, now)
}

export function clearPin(db: Db, now = new Date()) {
  writeSettingValues(db, { [PIN_KEY]: null, [PIN_ATTEMPTS_KEY]: null }, now)
}

export function resetPinAttempts(db: Db, now = new Date()) {
  writeSettingValues(db, { [PIN_ATTEMPTS_KEY]: null }, now)
}

/**
 * Checks a PIN. The attempt is counted in the vault before the hash is computed and reset only when it matched, so
 * parallel tries gain nothing; from the third wrong try on the next waits 2, 4 … 60 s, and after PIN_TRIES wrong
 * tries the PIN no longer works at all (`privacy/pin-blocked`) until the passphrase is used.
 */
export async function checkPin(db: Db, pin: string, now = new Date()): Promise<void> {
  const values = readSettingValues(db, [PIN_KEY, PIN_ATTEMPTS_KEY])
  const storedText = values.get(PIN_KEY)
  if (!storedText) throw new ApiError('privacy/pin-not-set')
  const attempts: PinAttempts = JSON.parse(values.get(PIN_ATTEMPTS_KEY) ?? '{"failed":0,"nextAt":null}')
  if (attempts.failed >= PIN_TRIES) throw new ApiError('privacy/pin-blocked')
  const wait = attempts.nextAt ? Math.min(60, Math.ceil((Date.parse(attempts.nextAt) - now.getTime()) / 1000)) : 0
  if (wait > 0) throw new ApiError('privacy/pin-wait', { retryAfterSeconds: wait })

  const failed = attempts.failed + 1
  const delay = delayAfterFailures(failed)
  const counted: PinAttempts = {
    failed,
    nextAt: delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null,
  }
  writeSettingValues(db, { [PIN_ATTEMPTS_KEY]: JSON.stringify(counted) }, now)

  const stored = JSON.parse(storedText) as StoredPin
  const expected = Buffer.from(stored.hash, 'base64')
  const actual = await deriveFromPassphrase(pin, Buffer.from(stored.salt, 'base64'), stored.params)
  const same = actual.length === expected.length && timingSafeEqual(actual, expected)
  actual.fill(0)
  if (!same) {
    throw new ApiError('privacy/wrong-pin', {
      triesLeft: Math.max(0, PIN_TRIES - failed),
      retryAfterSeconds: delay,
    })
  }
  resetPinAttempts(db, now)
}
