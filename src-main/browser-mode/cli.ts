import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBackend } from '../core/backend'
import { resolveDataDir } from '../core/data-dir'
import { startBrowserServer } from './http-transport'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const rendererDir = join(root, 'out', 'renderer')
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built. Run "npm run build" first (npm run start:browser does it for you).')
  process.exit(1)
}

const port = Number(process.env.PORT ?? 0)
const dataDir = resolveDataDir()
const backend = createBackend({ dataDir, migrationsDir: join(root, 'drizzle') })
const server = await startBrowserServer({ backend, rendererDir, port })

console.log(`Työhönvalmentaja – browser mode`)
console.log(`Vault folder: ${dataDir}`)
console.log(`Open this address in your browser (it contains a one-time access token):\n\n  ${server.url}\n`)
console.log('Stop with Ctrl+C.')

// Ctrl+C, a kill, or the terminal closing: close the vault before the process ends. (npm runs this file with
// `node --import tsx`, so this process is the one holding the vault: there is no wrapper to outlive.)
const shutdown = () => {
  backend.close()
  void server.close().then(() => process.exit(0))
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, shutdown)
