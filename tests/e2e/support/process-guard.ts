/**
 * Global setup of the e2e run, returning its global teardown. Every process the suite starts (Playwright workers,
 * browsers, cores in their own process, Electron) inherits a marker in its environment. When the run ends, no
 * process with the marker may be alive: a survivor is listed, killed, and fails the run (and so `npm test`).
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

const MARKER_NAME = 'TYOHONVALMENTAJA_E2E_RUN'
/** Workers and browsers are still shutting down when the teardown starts: give them this long. */
const GRACE_MS = 10_000

type MarkedProcess = { pid: number; command: string }

/** Processes whose environment carries `marker` (Linux: /proc/<pid>/environ shows the environment at start). */
export function processesWithMarker(marker: string): MarkedProcess[] {
  const found: MarkedProcess[] = []
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(marker)) continue
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()
      found.push({ pid, command })
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found
}

export default function globalSetup() {
  if (!existsSync('/proc')) {
    console.warn('[process-guard] no /proc on this system: leftover processes are not checked')
    return
  }
  const value = randomUUID()
  process.env[MARKER_NAME] = value
  const marker = `${MARKER_NAME}=${value}`

  return async function globalTeardown() {
    const deadline = Date.now() + GRACE_MS
    let survivors = processesWithMarker(marker)
    while (survivors.length > 0 && Date.now() < deadline) {
      await sleep(200)
      survivors = processesWithMarker(marker)
    }
    if (survivors.length === 0) return
    for (const { pid } of survivors) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    const list = survivors.map(({ pid, command }) => `  ${pid} ${command}`).join('\n')
    throw new Error(`The e2e run left ${survivors.length} process(es) running (now killed):\n${list}`)
  }
}
