import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { loadMigrations } from '../../../src-main/core/db/migrations'
import { Vault, type VaultOptions } from '../../../src-main/core/vault/vault'

export const ROOT = join(import.meta.dirname, '..', '..', '..')
export const MIGRATIONS_DIR = join(ROOT, 'drizzle')
/** Light scrypt so unit tests stay fast; production cost is measured by `npm run bench`. */
export const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 }
export const TEST_PASSPHRASE = 'testi salalause joka on pitkä'

// Removed when the test file ends, so a vault made in beforeAll lives through the file's tests.
const folders: string[] = []
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

export function tempDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-test-'))
  folders.push(folder)
  return folder
}

export function newVault(options: Partial<VaultOptions> = {}): Vault {
  return new Vault({ dataDir: tempDir(), migrations: loadMigrations(MIGRATIONS_DIR), scrypt: TEST_SCRYPT, ...options })
}

/** A new vault, open, whose recovery key the coach has typed back (as the app requires before use). */
export async function unlockedVault(options: Partial<VaultOptions> = {}) {
  const vault = newVault(options)
  const { recoveryKey } = await vault.create(TEST_PASSPHRASE)
  await vault.confirmRecoveryKey(recoveryKey)
  return { vault, recoveryKey }
}
