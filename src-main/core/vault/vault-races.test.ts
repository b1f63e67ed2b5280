import { mkdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { newVault, TEST_PASSPHRASE, unlockedVault } from '../../../tests/unit/support/temp-vault'
import { readKeyFile } from './key-file'

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code })
}

async function settle(promises: Array<Promise<unknown>>) {
  return (await Promise.allSettled(promises)).map((result) =>
    result.status === 'fulfilled' ? 'ok' : (result.reason as { code: string }).code,
  )
}

describe('one vault operation at a time', () => {
  it('counts every one of 32 parallel wrong attempts it evaluates, and evaluates no more than the delay allows', async () => {
    const { vault } = await unlockedVault()
    vault.lock()
    const outcomes = await settle(Array.from({ length: 32 }, (_, i) => vault.unlockWithPassphrase(`väärä ${i}`)))
    const evaluated = outcomes.filter((code) => code === 'vault/wrong-passphrase').length
    expect(evaluated).toBe(3) // the fourth must wait 2 s
    expect(outcomes.filter((code) => code === 'vault/too-many-attempts')).toHaveLength(29)
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(evaluated)
  })

  it('counts parallel wrong recovery keys the same way', async () => {
    const { vault } = await unlockedVault()
    vault.lock()
    const outcomes = await settle(
      Array.from({ length: 32 }, () => vault.unlockWithRecoveryKey('A'.repeat(32), 'uusi salalause 2026')),
    )
    expect(outcomes.filter((code) => code === 'vault/wrong-recovery-key')).toHaveLength(3)
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(3)
  })

  it('a wrong attempt beside a passphrase change cannot undo the change', async () => {
    let now = new Date('2026-11-23T10:00:00Z')
    const { vault } = await unlockedVault({ now: () => now })
    const outcomes = await settle([
      vault.changePassphrase(TEST_PASSPHRASE, 'vaihdettu salalause 2026'),
      vault.unlockWithPassphrase('väärä salalause'),
      vault.unlockWithPassphrase('toinen väärä'),
    ])
    expect(outcomes).toEqual(['ok', 'vault/wrong-passphrase', 'vault/wrong-passphrase'])
    vault.lock()
    await expectCode(vault.unlockWithPassphrase(TEST_PASSPHRASE), 'vault/wrong-passphrase')
    now = new Date(now.getTime() + 60_000)
    await vault.unlockWithPassphrase('vaihdettu salalause 2026')
  })

  it('two simultaneous creates leave one working vault', async () => {
    const vault = newVault()
    const outcomes = await settle([vault.create('ensimmäinen salalause'), vault.create('toinen salalause tässä')])
    expect(outcomes).toEqual(['ok', 'vault/already-exists'])
    vault.lock()
    await vault.unlockWithPassphrase('ensimmäinen salalause')
  })

  it('caps the delay at a minute from now whatever the clock did', async () => {
    let now = new Date('2026-11-23T10:00:00Z')
    const { vault } = await unlockedVault({ now: () => now })
    vault.lock()
    for (let i = 0; i < 3; i++) await expectCode(vault.unlockWithPassphrase('väärä'), 'vault/wrong-passphrase')
    now = new Date('2025-01-01T00:00:00Z') // the clock was set back by almost two years
    expect(vault.status().retryAfterSeconds).toBe(60)
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toMatchObject({
      code: 'vault/too-many-attempts',
      details: { retryAfterSeconds: 60 },
    })
    now = new Date(now.getTime() + 60_000)
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
  })

  it('refuses the attempt, even the right passphrase, when the wrong-attempt count cannot be written', async () => {
    const { vault } = await unlockedVault()
    vault.lock()
    const before = readFileSync(vault.keyPath, 'utf8')
    mkdirSync(`${vault.keyPath}.tmp`) // any write of the key file now fails, as on a full disk
    await expectCode(vault.unlockWithPassphrase('väärä'), 'vault/attempt-not-recorded')
    await expectCode(vault.unlockWithPassphrase(TEST_PASSPHRASE), 'vault/attempt-not-recorded')
    expect(readFileSync(vault.keyPath, 'utf8')).toBe(before)
    expect(vault.status().state).toBe('locked')
  })

  it('stays locked when the computer locks while an unlock is deriving its key', async () => {
    const { vault } = await unlockedVault()
    vault.lock()
    const unlocking = vault.unlockWithPassphrase(TEST_PASSPHRASE)
    vault.lock()
    await expectCode(unlocking, 'vault/locked')
    expect(vault.status().state).toBe('locked')
    expect(readKeyFile(vault.keyPath)!.failedAttempts).toBe(0)
  })
})
