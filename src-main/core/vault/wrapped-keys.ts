import { randomBytes } from 'node:crypto'
import type { KeyFile } from './key-file'
import { deriveFromPassphrase, deriveFromRecoveryKey, unwrapKey, wrapKey, type ScryptParams } from './key-wrapping'
import { parseRecoveryKey } from './recovery-key'

/** The key file's two ways in: the data key wrapped by the passphrase, and by the recovery key. */
export type PassphraseSection = KeyFile['passphrase']
export type RecoverySection = Omit<KeyFile['recovery'], 'confirmedAt'>

export async function wrapForPassphrase(
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams,
  now: Date,
): Promise<PassphraseSection> {
  const salt = randomBytes(16)
  const wrappingKey = await deriveFromPassphrase(passphrase, salt, params)
  try {
    return {
      kdf: 'scrypt',
      salt: salt.toString('base64'),
      params,
      wrappedKey: wrapKey(dataKey, wrappingKey),
      changedAt: now.toISOString(),
    }
  } finally {
    wrappingKey.fill(0)
  }
}

export function wrapForRecoveryKey(dataKey: Buffer, recoveryBytes: Buffer): RecoverySection {
  const salt = randomBytes(16)
  const wrappingKey = deriveFromRecoveryKey(recoveryBytes, salt)
  try {
    return { kdf: 'hkdf-sha256', salt: salt.toString('base64'), wrappedKey: wrapKey(dataKey, wrappingKey) }
  } finally {
    wrappingKey.fill(0)
  }
}

/** The data key, or null when the passphrase is wrong. */
export async function unwrapWithPassphrase(section: PassphraseSection, passphrase: string): Promise<Buffer | null> {
  const wrappingKey = await deriveFromPassphrase(passphrase, Buffer.from(section.salt, 'base64'), section.params)
  return unwrapKey(section.wrappedKey, wrappingKey)
}

/** The data key, or null when the recovery key (as typed: any case or spacing) is wrong or malformed. */
export function unwrapWithRecoveryKey(section: RecoverySection, recoveryKey: string): Buffer | null {
  const recoveryBytes = parseRecoveryKey(recoveryKey)
  if (!recoveryBytes) return null
  try {
    return unwrapKey(section.wrappedKey, deriveFromRecoveryKey(recoveryBytes, Buffer.from(section.salt, 'base64')))
  } finally {
    recoveryBytes.fill(0)
  }
}
