import Database from 'better-sqlite3'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newVault, TEST_PASSPHRASE, tempDir, unlockedVault } from '../../../tests/unit/support/temp-vault'
import { createClient } from '../clients/client-service'
import { readKeyFile } from './key-file'
import { VAULT_KEY_FILE } from './vault'

const CLIENT = {
  firstName: 'Aino',
  lastName: 'Virtanen',
  dateOfBirth: null,
  henkilotunnus: '131052-308T',
  phone: null,
  email: null,
  municipality: 'Joensuu',
  treatingUnit: null,
  nurseName: null,
  referralDate: null,
  situationAtReferral: null,
  careTeamFrequency: null,
  status: 'active' as const,
}

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code })
}

describe('vault', () => {
  it('is created unlocked, locks, and unlocks only with the right passphrase', async () => {
    const { vault } = await unlockedVault()
    expect(vault.status().state).toBe('unlocked')
    createClient(vault.db, CLIENT)
    vault.lock()
    expect(vault.status().state).toBe('locked')
    expect(() => vault.db).toThrow(expect.objectContaining({ code: 'vault/locked' }))
    await expectCode(vault.unlockWithPassphrase('väärä salalause'), 'vault/wrong-passphrase')
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    expect(vault.sqlite.prepare('SELECT first_name FROM clients').all()).toEqual([{ first_name: 'Aino' }])
  })

  it('refuses to create a second vault over an existing one', async () => {
    const { vault } = await unlockedVault()
    await expectCode(vault.create('toinen pitkä salalause'), 'vault/already-exists')
  })

  it('keeps no plaintext on disk and writes a standard SQLCipher 4 file', async () => {
    const { vault } = await unlockedVault()
    createClient(vault.db, CLIENT)
    vault.lock()
    const dbBytes = readFileSync(vault.dbPath)
    expect(dbBytes.subarray(0, 15).toString()).not.toBe('SQLite format 3')
    expect(dbBytes.includes(Buffer.from('Virtanen'))).toBe(false)
    const keyFileText = readFileSync(vault.keyPath, 'utf8')
    expect(keyFileText).not.toContain(TEST_PASSPHRASE)
    expect(() => new Database(vault.dbPath).prepare('SELECT * FROM clients').all()).toThrow()
  })

  it('opens with the raw key through plain SQLCipher pragmas, as `sqlcipher` would', async () => {
    const { vault } = await unlockedVault()
    createClient(vault.db, CLIENT)
    // Recover the data key the way a support engineer would with the passphrase, then open without the app.
    const keyFile = readKeyFile(vault.keyPath)!
    const { deriveFromPassphrase, unwrapKey } = await import('./key-wrapping')
    const kek = await deriveFromPassphrase(
      TEST_PASSPHRASE,
      Buffer.from(keyFile.passphrase.salt, 'base64'),
      keyFile.passphrase.params,
    )
    const key = unwrapKey(keyFile.passphrase.wrappedKey, kek)!
    vault.lock()
    const raw = new Database(vault.dbPath)
    raw.pragma("cipher='sqlcipher'")
    raw.pragma('legacy=4')
    raw.pragma(`key="x'${key.toString('hex')}'"`)
    expect(raw.prepare('SELECT last_name FROM clients').get()).toEqual({ last_name: 'Virtanen' })
    raw.close()
  })

  it('slows down repeated wrong passphrases but never deletes data', async () => {
    let now = new Date('2026-11-23T10:00:00Z')
    const { vault } = await unlockedVault({ now: () => now })
    createClient(vault.db, CLIENT)
    vault.lock()
    await expectCode(vault.unlockWithPassphrase('väärä 1'), 'vault/wrong-passphrase')
    await expectCode(vault.unlockWithPassphrase('väärä 2'), 'vault/wrong-passphrase')
    await expect(vault.unlockWithPassphrase('väärä 3')).rejects.toMatchObject({ details: { retryAfterSeconds: 2 } })
    // Even the right passphrase must wait now.
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toMatchObject({
      code: 'vault/too-many-attempts',
      details: { retryAfterSeconds: 2 },
    })
    expect(vault.status().retryAfterSeconds).toBe(2)
    now = new Date(now.getTime() + 2000)
    await expectCode(vault.unlockWithPassphrase('väärä 4'), 'vault/wrong-passphrase')
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(4)
    now = new Date(now.getTime() + 4000)
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(0)
    expect(vault.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 1 })
  })

  it('unlocks with the recovery key, as typed, and replaces the passphrase', async () => {
    const { vault, recoveryKey } = await unlockedVault()
    createClient(vault.db, CLIENT)
    vault.lock()
    await expectCode(vault.unlockWithRecoveryKey('AAAA-BBBB', 'uusi salalause 2026'), 'vault/wrong-recovery-key')
    await vault.unlockWithRecoveryKey(` ${recoveryKey.toLowerCase().replaceAll('-', ' ')} `, 'uusi salalause 2026')
    expect(vault.status().state).toBe('unlocked')
    vault.lock()
    await expectCode(vault.unlockWithPassphrase(TEST_PASSPHRASE), 'vault/wrong-passphrase')
    await vault.unlockWithPassphrase('uusi salalause 2026')
    expect(vault.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 1 })
  })

  it('changes the passphrase without rewriting the database', async () => {
    const { vault, recoveryKey } = await unlockedVault()
    createClient(vault.db, CLIENT)
    vault.lock()
    const before = readFileSync(vault.dbPath)
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await expectCode(vault.changePassphrase('väärä', 'vaihdettu salalause'), 'vault/wrong-passphrase')
    await vault.changePassphrase(TEST_PASSPHRASE, 'vaihdettu salalause')
    vault.lock()
    expect(readFileSync(vault.dbPath).equals(before)).toBe(true)
    await vault.unlockWithPassphrase('vaihdettu salalause')
    vault.lock()
    await vault.unlockWithRecoveryKey(recoveryKey, 'kolmas salalause tässä') // the recovery key still works
  })

  it('says so clearly when the key file does not belong to the database', async () => {
    const { vault: first } = await unlockedVault()
    const { vault: second } = await unlockedVault()
    first.lock()
    second.lock()
    writeFileSync(first.keyPath, readFileSync(second.keyPath))
    await expectCode(first.unlockWithPassphrase(TEST_PASSPHRASE), 'vault/database-key-mismatch')
  })

  it.skipIf(process.platform === 'win32')('keeps its files readable by the owner only', async () => {
    const { vault } = await unlockedVault()
    createClient(vault.db, CLIENT)
    const folder = vault.dbPath.replace(/vault\.db$/, '')
    for (const file of readdirSync(folder)) {
      expect(statSync(folder + file).mode & 0o077, file).toBe(0)
    }
  })

  it('reports no vault in an empty folder', () => {
    const vault = newVault({ dataDir: join(tempDir(), 'new') })
    expect(vault.status()).toMatchObject({ state: 'no-vault', retryAfterSeconds: 0, problem: null })
    expect(VAULT_KEY_FILE).toBe('vault.keys.json')
  })
})
