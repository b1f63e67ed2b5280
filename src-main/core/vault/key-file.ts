import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import type { ScryptParams, WrappedKey } from './key-wrapping'

const wrappedKeySchema = z.object({ ciphertext: z.string(), iv: z.string(), tag: z.string() })

const keyFileSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  passphrase: z.object({
    kdf: z.literal('scrypt'),
    salt: z.string(),
    params: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }),
    wrappedKey: wrappedKeySchema,
    changedAt: z.string(),
  }),
  recovery: z.object({
    kdf: z.literal('hkdf-sha256'),
    salt: z.string(),
    wrappedKey: wrappedKeySchema,
  }),
  /** Wrong attempts in a row; kept on disk so restarting the app does not reset the delay. */
  failedAttempts: z.number().int().min(0),
  nextAttemptAt: z.string().nullable(),
})

export type KeyFile = z.infer<typeof keyFileSchema>
export type { ScryptParams, WrappedKey }

/** The key file holds only wrapped keys, salts and KDF parameters: nothing usable without a secret. */
export function readKeyFile(path: string): KeyFile | null {
  if (!existsSync(path)) return null
  return keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}

export function writeKeyFile(path: string, keyFile: KeyFile) {
  const temporary = `${path}.tmp`
  writeFileSync(temporary, JSON.stringify(keyFile, null, 2), { mode: 0o600 })
  renameSync(temporary, path)
}
