/**
 * The core in a process of its own, so the kill test can SIGKILL the very process that holds the vault open.
 * Started by `startCoreProcess` (core-process.ts) as `node --import tsx core-server.ts <dataDir>`; prints
 * its address when ready. It stops when its parent goes away (its stdin closes), so it cannot outlive the run.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import type { Backend } from '../../../src-main/core/backend'
import { createTestBackend, startTestCore } from '../../support/test-core'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'draft-save-delay-ms': { type: 'string', default: '0' } },
})
const dataDir = positionals[0]
if (!dataDir) throw new Error('usage: core-server.ts <dataDir> [--draft-save-delay-ms N]')
const draftSaveDelayMs = Number(values['draft-save-delay-ms'])

/**
 * Test-only switch (this file is never part of the app): every draft save waits `ms` before it reaches the vault,
 * as an autosave slower than the test's wait would. The kill test uses it to prove that its check sees a loss.
 */
function withDelayedDraftSaves(backend: Backend, ms: number): Backend {
  return {
    ...backend,
    async invoke(name, input) {
      if (name === 'forms-save-draft') await sleep(ms)
      return backend.invoke(name, input)
    },
  }
}

const backend = createTestBackend(dataDir)
const core = await startTestCore(
  dataDir,
  draftSaveDelayMs > 0 ? withDelayedDraftSaves(backend, draftSaveDelayMs) : backend,
)

const stop = () => void core.stop().finally(() => process.exit(0))
process.stdin.on('end', stop).resume()
process.on('SIGTERM', stop)
console.log(core.server.url)
