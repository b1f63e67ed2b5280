/**
 * The real core as the tests start it: the same backend and browser server as production, with a lighter scrypt.
 * No test-runner imports here: vitest, Playwright and the kill test's child process all use it.
 */
import { join } from 'node:path'
import { createBackend, type Backend } from '../../src-main/core/backend'
import { startBrowserServer, type BrowserServer } from '../../src-main/browser-mode/http-transport'

export const ROOT = join(import.meta.dirname, '..', '..')
export const MIGRATIONS_DIR = join(ROOT, 'drizzle')
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
/** Light scrypt so the tests stay fast; the production cost is measured by `npm run bench`. */
export const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 }

export function createTestBackend(dataDir: string): Backend {
  return createBackend({ dataDir, migrationsDir: MIGRATIONS_DIR, scrypt: TEST_SCRYPT })
}

export type TestCore = { backend: Backend; server: BrowserServer; stop(): Promise<void> }

/** A core serving the built renderer on 127.0.0.1, as `npm run start:browser` does. */
export async function startTestCore(dataDir: string, backend = createTestBackend(dataDir)): Promise<TestCore> {
  const server = await startBrowserServer({ backend, rendererDir: RENDERER_DIR })
  return {
    backend,
    server,
    async stop() {
      backend.close()
      await server.close()
    },
  }
}
