/**
 * A core + browser server in its own process, so a test can kill it with SIGKILL mid-typing.
 * Usage: tsx tests/e2e/support/forms-server.ts <dataDir>; prints "URL <address>" when ready.
 */
import { join } from 'node:path'
import { createBackend } from '../../../src-main/core/backend'
import { startBrowserServer } from '../../../src-main/browser-mode/http-transport'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const dataDir = process.argv[2]
if (!dataDir) throw new Error('data dir missing')
const backend = createBackend({ dataDir, migrationsDir: join(ROOT, 'drizzle'), scrypt: { N: 2 ** 14, r: 8, p: 1 } })
const server = await startBrowserServer({ backend, rendererDir: join(ROOT, 'out', 'renderer') })
console.log(`URL ${server.url}`)
