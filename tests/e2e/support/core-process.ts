import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ROOT } from '../../support/test-core'

const START_TIMEOUT_MS = 30_000
const GROUP_EXIT_TIMEOUT_MS = 5_000

export type CoreProcess = {
  /** The process that holds the vault open: node itself with tsx's loader, no tsx wrapper process in between. */
  pid: number
  port: number
  url: string
  /** Resolves with the exit code (null when a signal ended it) once the process has exited. */
  exited: Promise<number | null>
  /**
   * SIGKILL to the process's whole group, as a crash or a power cut would. Resolves once the process has exited and
   * its group is empty (a killed helper, such as tsx's esbuild service, lingers until init reaps it).
   */
  kill(): Promise<void>
}

/** Starts the real core in a process of its own (see core-server.ts); with a delay, draft saves wait that long. */
export function startCoreProcess(dataDir: string, options: { draftSaveDelayMs?: number } = {}) {
  const script = join(ROOT, 'tests', 'e2e', 'support', 'core-server.ts')
  return startServerProcess([script, dataDir, `--draft-save-delay-ms=${options.draftSaveDelayMs ?? 0}`])
}

/**
 * Runs a TypeScript file that serves the app and prints its address, as `node --import tsx <file> <args>`, in a new
 * process group. Its stdin stays a pipe from this worker: if the worker dies, the pipe closes and a server that
 * watches stdin stops itself; `kill()` in a finally block is the normal way out.
 */
export function startServerProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CoreProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const pid = child.pid
  if (pid === undefined) return Promise.reject(new Error(`${args[0]} did not start`))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // the group is already gone
    }
  }
  process.once('exit', killGroup)
  const kill = async () => {
    killGroup()
    await exited
    const deadline = Date.now() + GROUP_EXIT_TIMEOUT_MS
    while (processExists(-pid) && Date.now() < deadline) await sleep(50)
    process.off('exit', killGroup)
  }

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill()
      reject(new Error(`${args[0]} did not print its address within ${START_TIMEOUT_MS} ms`))
    }, START_TIMEOUT_MS)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${args[0]} exited before it was ready (${signal ?? code})`))
    })
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      const url = match[1]!
      resolve({ pid, url, port: Number(new URL(url).port), exited, kill })
    })
  })
}

/** Whether a process (or, with a negative id, a process group) exists. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Resolves true when nothing accepts connections on the loopback port any more. */
export function portRefusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}
