import type { PrivacyStatus } from '../../shared/api/privacy-api'
import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '../../shared/privacy/privacy-schema'
import type { Db } from '../db/open-database'
import { readSettingValues, writeSettingValues } from '../settings/settings-store'

const KEYS = {
  idleLockMinutes: 'privacy.idle-lock-minutes',
  lockOnMinimise: 'privacy.lock-on-minimise',
  allowScreenCapture: 'privacy.allow-screen-capture',
  retentionYears: 'privacy.retention-years',
} as const satisfies Record<keyof PrivacySettings, string>

export const PIN_KEY = 'privacy.pin'
export const PIN_ATTEMPTS_KEY = 'privacy.pin-attempts'
/** Kept in the vault, so the mode outlasts a lock, a restart or a crash: only the PIN or the passphrase ends it. */
const PRESENT_CLIENT_KEY = 'privacy.present-client'

export function readPrivacySettings(db: Db): PrivacySettings {
  const values = readSettingValues(db, Object.values(KEYS))
  const number = (key: string, fallback: number) => {
    const value = Number(values.get(key))
    return values.has(key) && Number.isInteger(value) ? value : fallback
  }
  const flag = (key: string, fallback: boolean) => (values.has(key) ? values.get(key) === 'true' : fallback)
  return {
    idleLockMinutes: number(KEYS.idleLockMinutes, DEFAULT_PRIVACY_SETTINGS.idleLockMinutes),
    lockOnMinimise: flag(KEYS.lockOnMinimise, DEFAULT_PRIVACY_SETTINGS.lockOnMinimise),
    allowScreenCapture: flag(KEYS.allowScreenCapture, DEFAULT_PRIVACY_SETTINGS.allowScreenCapture),
    retentionYears: number(KEYS.retentionYears, DEFAULT_PRIVACY_SETTINGS.retentionYears),
  }
}

export function writePrivacySettings(db: Db, changes: PrivacySettings, now = new Date()) {
  writeSettingValues(
    db,
    Object.fromEntries(
      Object.entries(changes).map(([name, value]) => [KEYS[name as keyof PrivacySettings], `${value}`]),
    ),
    now,
  )
}

export function presentClientId(db: Db): string | null {
  return readSettingValues(db, [PRESENT_CLIENT_KEY]).get(PRESENT_CLIENT_KEY) ?? null
}

export function setPresentClient(db: Db, clientId: string | null, now = new Date()) {
  writeSettingValues(db, { [PRESENT_CLIENT_KEY]: clientId }, now)
}

export function privacyStatus(db: Db): PrivacyStatus {
  return {
    ...readPrivacySettings(db),
    pinSet: readSettingValues(db, [PIN_KEY]).has(PIN_KEY),
    presentClientId: presentClientId(db),
  }
}
