import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR, ROOT, tempDir } from '../../../tests/unit/support/temp-vault'
import { readKeyFile } from './key-file'
import { unwrapWithPassphrase } from './wrapped-keys'

const PASSPHRASE = ['muistissa', 'ei', 'saa', 'olla', 'avainta'].join(' ')

/** Every readable, writable mapping of a process: its heaps, stacks and native allocations. */
function* memoryRegions(pid: number): Generator<Buffer> {
  const maps = readFileSync(`/proc/${pid}/maps`, 'utf8').trim().split('\n')
  const fd = openSync(`/proc/${pid}/mem`, 'r')
  try {
    for (const line of maps) {
      const [range, permissions, , , , path] = line.split(/\s+/)
      if (!permissions!.startsWith('rw') || path?.startsWith('[vvar') || path?.startsWith('[vsyscall')) continue
      const [start, end] = range!.split('-').map((hex) => BigInt(`0x${hex}`))
      const length = Number(end! - start!)
      if (length > 1 << 30) continue
      const buffer = Buffer.alloc(length)
      try {
        readSync(fd, buffer, 0, length, start!)
      } catch {
        continue // a guard page or a mapping that went away
      }
      yield buffer
    }
  } finally {
    closeSync(fd)
  }
}

function occurrences(pid: number, needles: Buffer[]): number {
  let count = 0
  for (const region of memoryRegions(pid)) {
    for (const needle of needles) {
      for (let at = region.indexOf(needle); at >= 0; at = region.indexOf(needle, at + 1)) count++
    }
  }
  return count
}

class Core {
  private readonly lines: AsyncIterableIterator<string>
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  }
  async call(name: string, input: unknown = {}) {
    this.child.stdin.write(`${JSON.stringify({ name, input })}\n`)
    const { value } = await this.lines.next()
    const result = JSON.parse(value as string) as { ok: boolean; value?: unknown; error?: unknown }
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
    return result.value
  }
}

let child: ChildProcessWithoutNullStreams | null = null
afterAll(() => child?.kill('SIGKILL'))

describe.runIf(process.platform === 'linux' && existsSync('/proc/self/mem'))('nothing secret after lock', () => {
  it('leaves no copy of the database key, raw or as hex, in the core process once locked', async () => {
    const dataDir = tempDir()
    child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(ROOT, 'tests/unit/support/memory-probe-child.ts'),
        dataDir,
        MIGRATIONS_DIR,
      ],
      { cwd: ROOT },
    )
    const core = new Core(child)
    const { recoveryKey } = (await core.call('vault-create', { passphrase: PASSPHRASE })) as { recoveryKey: string }
    await core.call('vault-recovery-key-confirm', { recoveryKey })
    await core.call('clients-create', { firstName: 'Aino', lastName: 'Virtanen', status: 'active' })
    await core.call('vault-lock')
    await core.call('vault-unlock', { passphrase: PASSPHRASE })
    expect(await core.call('clients-list')).toMatchObject({ total: 1 })

    const keyFile = readKeyFile(join(dataDir, 'vault.keys.json'))!
    const key = (await unwrapWithPassphrase(keyFile.passphrase, PASSPHRASE))!
    const hex = key.toString('hex')
    const needles = [key, Buffer.from(hex), Buffer.from(hex.toUpperCase()), Buffer.from(hex, 'utf16le')]
    // The scan works: while the vault is open, SQLCipher's cipher context holds the raw key.
    expect(occurrences(child.pid!, [key])).toBeGreaterThan(0)

    await core.call('vault-lock')
    expect(await core.call('gc')).toBe(true)
    expect(occurrences(child.pid!, needles)).toBe(0)
  }, 60_000)
})
