import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR, newVault, ROOT, tempDir } from '../../../tests/unit/support/temp-vault'

const PASSPHRASE = 'tapettu kesken luonnin'

/**
 * Starts a core in a child process, asks it to create a vault and kills it `afterMs` later with SIGKILL
 * (`'after-answer'`: once it has answered, i.e. after creation, before the key was confirmed).
 */
async function killDuringCreation(dataDir: string, afterMs: number | 'after-answer') {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'tests/unit/support/memory-probe-child.ts'), dataDir, MIGRATIONS_DIR],
    { cwd: ROOT },
  )
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  child.stdin.write(`${JSON.stringify({ name: 'vault-status', input: {} })}\n`)
  await lines.next() // the core is up
  child.stdin.write(`${JSON.stringify({ name: 'vault-create', input: { passphrase: PASSPHRASE } })}\n`)
  if (afterMs === 'after-answer') await lines.next()
  else await new Promise((resolve) => setTimeout(resolve, afterMs))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

describe('a kill during vault creation', () => {
  it('leaves nothing, or a vault that shows a new recovery key at the next unlock', async () => {
    const outcomes = new Set<string>()
    for (const afterMs of [0, 20, 50, 55, 60, 65, 70, 75, 90, 'after-answer'] as const) {
      const dataDir = join(tempDir(), 'data')
      await killDuringCreation(dataDir, afterMs)
      const vault = newVault({ dataDir })
      const { state } = vault.status()
      outcomes.add(state)
      if (state === 'no-vault') {
        await vault.create(PASSPHRASE) // leftovers of the half-made vault do not stand in the way
      } else {
        expect(state).toBe('locked')
        await vault.unlockWithPassphrase(PASSPHRASE)
        expect(vault.status().recoveryKeyPending).toBe(true)
        expect(vault.pendingRecoveryKey().recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
      }
      vault.lock()
    }
    expect(outcomes.has('locked')).toBe(true) // at least the kill after the answer
  }, 60_000)
})
