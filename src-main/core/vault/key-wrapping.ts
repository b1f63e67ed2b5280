import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto'

/** scrypt cost parameters; stored with each wrapped key so they can be raised later. */
export type ScryptParams = { N: number; r: number; p: number }

/** N=2^17, r=8: 128 MiB and ≈0.3–0.6 s on this class of laptop (measured by `npm run bench`). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }

export type WrappedKey = {
  /** base64 AES-256-GCM ciphertext of the 32-byte database key */
  ciphertext: string
  iv: string
  tag: string
}

/**
 * Runs on libuv's thread pool, so the Electron main process stays responsive while it works. The passphrase is
 * turned into bytes once, here, and those bytes are zeroed when scrypt is done (a JS string cannot be zeroed).
 */
export function deriveFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const bytes = Buffer.from(passphrase.normalize('NFC'), 'utf8')
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      bytes,
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  }).finally(() => bytes.fill(0))
}

/** The recovery key carries ≥160 bits of entropy, so a fast KDF is enough for it. */
export function deriveFromRecoveryKey(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'tyohonvalmentaja recovery key v1', 32))
}

const AAD = Buffer.from('tyohonvalmentaja database key v1')

export function wrapKey(dataKey: Buffer, wrappingKey: Buffer): WrappedKey {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv)
  cipher.setAAD(AAD)
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return {
    ciphertext: ciphertext.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  }
}

/**
 * Returns null when the wrapping key is wrong (GCM authentication fails). The returned key is the only copy the
 * JS side makes (no concat): the caller zeroes it once SQLCipher has it. The wrapping key is zeroed here.
 */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer): Buffer | null {
  let key: Buffer | null = null
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'))
    decipher.setAAD(AAD)
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'))
    key = decipher.update(Buffer.from(wrapped.ciphertext, 'base64'))
    decipher.final() // throws when the tag does not match
    return key
  } catch {
    key?.fill(0)
    return null
  } finally {
    wrappingKey.fill(0)
  }
}
