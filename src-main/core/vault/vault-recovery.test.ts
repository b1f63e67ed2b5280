import { describe, expect, it } from 'vitest'
import { newVault, TEST_PASSPHRASE } from '../../../tests/unit/support/temp-vault'
import { TEST_SCRYPT } from '../../../tests/support/test-core'
import { readKeyFile } from './key-file'
import { Vault } from './vault'

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code })
}

/** The same data folder opened by a new process: nothing in memory survives. */
function restarted(vault: Vault) {
  vault.lock()
  return new Vault({ dataDir: vault.dataDir, migrations: vault.migrations, scrypt: TEST_SCRYPT })
}

describe('recovery key', () => {
  it('is pending after creation until typed back (any spacing or case), and shown the same meanwhile', async () => {
    const vault = newVault()
    const { recoveryKey } = await vault.create(TEST_PASSPHRASE)
    expect(vault.status()).toMatchObject({ state: 'unlocked', recoveryKeyPending: true })
    expect(vault.pendingRecoveryKey().recoveryKey).toBe(recoveryKey)
    expect(readKeyFile(vault.keyPath)!.recovery.confirmedAt).toBeNull()
    const typo = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0')
    await expectCode(vault.confirmRecoveryKey(typo), 'vault/recovery-key-mismatch')
    await expectCode(vault.confirmRecoveryKey(recoveryKey.slice(0, -2)), 'vault/recovery-key-mismatch')
    await vault.confirmRecoveryKey(` ${recoveryKey.toLowerCase().replaceAll('-', '  ')} `)
    expect(vault.status().recoveryKeyPending).toBe(false)
    expect(readKeyFile(vault.keyPath)!.recovery.confirmedAt).toEqual(expect.any(String))
    expect(() => vault.pendingRecoveryKey()).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('an unconfirmed key is replaced at the next passphrase unlock; the old one stops working', async () => {
    const first = newVault()
    const { recoveryKey: unseen } = await first.create(TEST_PASSPHRASE)
    const vault = restarted(first) // e.g. the app was closed while the key was on screen
    expect(vault.status()).toMatchObject({ state: 'locked', recoveryKeyPending: false })
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    expect(vault.status().recoveryKeyPending).toBe(true)
    const fresh = vault.pendingRecoveryKey().recoveryKey
    expect(fresh).not.toBe(unseen)
    await vault.confirmRecoveryKey(fresh)
    vault.lock()
    await expectCode(vault.unlockWithRecoveryKey(unseen, 'uusi salalause 2026'), 'vault/wrong-recovery-key')
    await vault.unlockWithRecoveryKey(fresh, 'uusi salalause 2026')
    expect(vault.status()).toMatchObject({ state: 'unlocked', recoveryKeyPending: false })
    vault.lock()
    await vault.unlockWithPassphrase('uusi salalause 2026')
    expect(vault.status().recoveryKeyPending).toBe(false) // a confirmed key is never replaced behind the coach's back
  })

  it('renews the key with the passphrase: the old key stops working, the new one is shown until typed back', async () => {
    const vault = newVault()
    const { recoveryKey: old } = await vault.create(TEST_PASSPHRASE)
    await vault.confirmRecoveryKey(old)
    await expectCode(vault.renewRecoveryKey('väärä salalause'), 'vault/wrong-passphrase')
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(1)
    await vault.renewRecoveryKey(TEST_PASSPHRASE)
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(0)
    const renewed = vault.pendingRecoveryKey().recoveryKey
    expect(renewed).not.toBe(old)
    await vault.confirmRecoveryKey(renewed)
    vault.lock()
    await expectCode(vault.unlockWithRecoveryKey(old, 'uusi salalause 2026'), 'vault/wrong-recovery-key')
    await vault.unlockWithRecoveryKey(renewed, 'uusi salalause 2026')
  })

  it('forgets a pending key when the vault locks', async () => {
    const vault = newVault()
    await vault.create(TEST_PASSPHRASE)
    vault.lock()
    expect(vault.status().recoveryKeyPending).toBe(false)
    expect(() => vault.pendingRecoveryKey()).toThrow(expect.objectContaining({ code: 'vault/locked' }))
  })
})
