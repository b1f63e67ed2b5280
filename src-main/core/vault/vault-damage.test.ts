import {
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR, TEST_PASSPHRASE, TEST_SCRYPT, unlockedVault } from '../../../tests/unit/support/temp-vault'
import { createBackend } from '../backend'
import { createClient } from '../clients/client-service'
import { readKeyFile } from './key-file'
import type { Vault } from './vault'

const CLIENT = { firstName: 'Aino', lastName: 'Virtanen', status: 'active' as const }

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code })
}

/** A locked vault with enough clients for many database pages. */
async function lockedVaultWithClients(count = 400) {
  const { vault, recoveryKey } = await unlockedVault()
  vault.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      createClient(vault.db, { ...CLIENT, lastName: `Virtanen ${i}`, municipality: 'Joensuu'.repeat(20) } as never)
    }
  })()
  vault.lock()
  return { vault, recoveryKey }
}

function flipByte(file: string, offset: number) {
  const bytes = readFileSync(file)
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.from([bytes[offset]! ^ 0x5a]), 0, 1, offset)
  closeSync(fd)
}

/** Unlocking must fail with `code`, through the passphrase and the recovery key, and leave no new empty vault. */
async function expectRefusal(vault: Vault, recoveryKey: string, code: string) {
  const dbBefore = existsSync(vault.dbPath) ? readFileSync(vault.dbPath) : null
  await expectCode(vault.unlockWithPassphrase(TEST_PASSPHRASE), code)
  await expectCode(vault.unlockWithRecoveryKey(recoveryKey, 'uusi salalause 2026'), code)
  expect(vault.status().state).not.toBe('unlocked')
  const dbAfter = existsSync(vault.dbPath) ? readFileSync(vault.dbPath) : null
  expect(dbAfter?.length ?? null).toBe(dbBefore?.length ?? null)
}

describe('vault damage', () => {
  it('falls back to the key file copy when the key file is truncated, and repairs it at unlock', async () => {
    const { vault } = await lockedVaultWithClients(1)
    const copyPath = join(vault.dataDir, 'vault.keys.copy.json')
    expect(readFileSync(copyPath, 'utf8')).toBe(readFileSync(vault.keyPath, 'utf8')) // kept in step
    writeFileSync(vault.keyPath, readFileSync(vault.keyPath, 'utf8').slice(0, 100))
    expect(vault.status()).toMatchObject({ state: 'locked', keyFileCopyInUse: true })
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    expect(vault.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 1 })
    expect(readKeyFile(vault.keyPath)).not.toBeNull()
    expect(vault.status().keyFileCopyInUse).toBe(false)
  })

  it('says the key file is damaged when both copies are, and never answers internal', async () => {
    const { vault, recoveryKey } = await lockedVaultWithClients(1)
    writeFileSync(vault.keyPath, '{"format":1,')
    writeFileSync(join(vault.dataDir, 'vault.keys.copy.json'), '')
    expect(vault.status()).toMatchObject({ state: 'damaged', problem: 'vault/key-file-damaged' })
    await expectRefusal(vault, recoveryKey, 'vault/key-file-damaged')
    const core = createBackend({ dataDir: vault.dataDir, migrationsDir: MIGRATIONS_DIR, scrypt: TEST_SCRYPT })
    expect(await core.invoke('vault-status', {})).toMatchObject({ ok: true, value: { state: 'damaged' } })
    expect(await core.invoke('vault-unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'vault/key-file-damaged' },
    })
  })

  it('says the key file is missing when only the database is left', async () => {
    const { vault, recoveryKey } = await lockedVaultWithClients(1)
    rmSync(vault.keyPath)
    rmSync(join(vault.dataDir, 'vault.keys.copy.json'))
    expect(vault.status()).toMatchObject({ state: 'damaged', problem: 'vault/key-file-missing' })
    await expectRefusal(vault, recoveryKey, 'vault/key-file-missing')
  })

  it('never turns a missing database into a new empty vault', async () => {
    const { vault, recoveryKey } = await lockedVaultWithClients(1)
    rmSync(vault.dbPath)
    expect(vault.status()).toMatchObject({ state: 'damaged', problem: 'vault/database-missing' })
    await expectRefusal(vault, recoveryKey, 'vault/database-missing')
    expect(existsSync(vault.dbPath)).toBe(false)
  })

  it('never turns an empty database file into a new empty vault', async () => {
    const { vault, recoveryKey } = await lockedVaultWithClients(1)
    writeFileSync(vault.dbPath, '')
    expect(vault.status()).toMatchObject({ state: 'damaged', problem: 'vault/database-empty' })
    await expectRefusal(vault, recoveryKey, 'vault/database-empty')
    expect(statSync(vault.dbPath).size).toBe(0)
  })

  it('tells a damaged first page apart from a key file of another vault', async () => {
    const { vault, recoveryKey } = await lockedVaultWithClients(1)
    flipByte(vault.dbPath, 100)
    expect(vault.status().state).toBe('locked') // nothing can be seen without the key
    await expectRefusal(vault, recoveryKey, 'vault/database-damaged')
  })

  it('finds a flipped byte in a middle page with quick_check at unlock', async () => {
    const { vault, recoveryKey } = await lockedVaultWithClients()
    const pages = statSync(vault.dbPath).size / 4096
    expect(pages).toBeGreaterThan(20)
    flipByte(vault.dbPath, Math.floor(pages / 2) * 4096 + 2000)
    await expectRefusal(vault, recoveryKey, 'vault/database-damaged')
  })

  it('creates a new vault over damaged files only when asked, moving the old files aside', async () => {
    const { vault } = await lockedVaultWithClients(1)
    const oldDb = readFileSync(vault.dbPath)
    rmSync(vault.keyPath)
    rmSync(join(vault.dataDir, 'vault.keys.copy.json'))
    await expect(vault.create('uusi pitkä salalause')).rejects.toMatchObject({
      code: 'vault/already-exists',
      details: { damaged: true },
    })
    expect(readFileSync(vault.dbPath).equals(oldDb)).toBe(true)
    await vault.create('uusi pitkä salalause', { replaceExisting: true })
    expect(vault.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 })
    const [aside] = readdirSync(join(vault.dataDir, 'aside'))
    expect(aside).toMatch(/before-new-vault$/)
    expect(readFileSync(join(vault.dataDir, 'aside', aside!, 'vault.db')).equals(oldDb)).toBe(true)
  })
})
