import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { loadMigrations } from '../../../src-main/core/db/migrations'
import { Vault, type VaultOptions } from '../../../src-main/core/vault/vault'
import type { Backend } from '../../../src-main/core/backend'
import { createTestBackend, MIGRATIONS_DIR, TEST_SCRYPT } from '../../support/test-core'

export { MIGRATIONS_DIR, ROOT, TEST_SCRYPT } from '../../support/test-core'
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

/** The whole core (every API method behind `invoke`) on a new vault folder. */
export function tempBackend(): Backend {
  return createTestBackend(tempDir())
}
