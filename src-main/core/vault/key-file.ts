import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileDurably } from '../files/durable-file'
import type { ScryptParams, WrappedKey } from './key-wrapping'

const wrappedKeySchema = z.object({ ciphertext: z.string(), iv: z.string(), tag: z.string() })

export const keyFileSchema = z.object({
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
    /**
     * When the coach typed the key back. null: made but not yet confirmed, so the next passphrase unlock makes a
     * new one. Absent in key files written before confirmation existed; those keys were shown and acknowledged.
     */
    confirmedAt: z.string().nullable().optional(),
  }),
  /** The database file's first 16 bytes (SQLCipher's plaintext salt): tells "another vault's key file" apart from damage. */
  databaseSalt: z.string().optional(),
  /** Wrong attempts in a row; kept on disk so restarting the app does not reset the delay. */
  failedAttempts: z.number().int().min(0),
  nextAttemptAt: z.string().nullable(),
  /** When the current run of attempts began: the first wrong one's time, reported to the access log at unlock. */
  failedSince: z.string().nullable().optional(),
})

export type KeyFile = z.infer<typeof keyFileSchema>
export type { ScryptParams, WrappedKey }

export type KeyFileRead =
  { kind: 'none' } | { kind: 'damaged' } | { kind: 'ok'; keyFile: KeyFile; source: 'primary' | 'copy' }

/** Parses one key file; null when it is missing. Throws nothing: a damaged file is reported as such. */
function readOne(path: string): KeyFile | 'damaged' | null {
  if (!existsSync(path)) return null
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.data : 'damaged'
  } catch {
    return 'damaged'
  }
}

/**
 * The key file and a second copy kept in step. Each is replaced atomically (temp, fsync, rename, fsync folder),
 * so a crash leaves a whole file; if one is damaged anyway (disk error, a stray edit), the other is used.
 * The files hold only wrapped keys, salts and KDF parameters: nothing usable without a secret.
 */
export class KeyFileStore {
  constructor(
    readonly primaryPath: string,
    readonly copyPath: string,
  ) {}

  read(): KeyFileRead {
    const primary = readOne(this.primaryPath)
    if (primary && primary !== 'damaged') return { kind: 'ok', keyFile: primary, source: 'primary' }
    const copy = readOne(this.copyPath)
    if (copy && copy !== 'damaged') return { kind: 'ok', keyFile: copy, source: 'copy' }
    if (primary === null && copy === null) return { kind: 'none' }
    return { kind: 'damaged' }
  }

  /** Both copies, the primary first: whichever write a crash interrupts, the other file is whole. */
  write(keyFile: KeyFile) {
    const text = JSON.stringify(keyFileSchema.parse(keyFile), null, 2)
    writeFileDurably(this.primaryPath, text)
    writeFileDurably(this.copyPath, text)
  }
}

/** Reads the key file at `path` (tests, support scripts); null when missing or damaged. */
export function readKeyFile(path: string): KeyFile | null {
  const read = readOne(path)
  return read === 'damaged' ? null : read
}
