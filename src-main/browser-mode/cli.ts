import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createBackend } from '../core/backend'
import { resolveDataDir } from '../core/data-dir'
import { findChromium, openAppBrowser, type AppBrowser } from './app-browser'
import { startBrowserServer } from './http-transport'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const rendererDir = join(root, 'out', 'renderer')
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built. Run "npm run build" first (npm run start:browser does it for you).')
  process.exit(1)
}
const { values } = parseArgs({ options: { open: { type: 'boolean', default: false } } })

const port = Number(process.env.PORT ?? 0)
const dataDir = resolveDataDir()
const backend = createBackend({ dataDir, migrationsDir: join(root, 'drizzle') })
const server = await startBrowserServer({ backend, rendererDir, port })
let browser: AppBrowser | null = null

console.log(`Työhönvalmentaja – browser mode`)
console.log(`Vault folder: ${dataDir}`)

// Ctrl+C, a kill, the terminal closing or the app window closing: close the vault and the browser (whose throw-away
// profile is then removed) before the process ends. (npm runs this file with `node --import tsx`, so this process is
// the one holding the vault: there is no wrapper to outlive.)
const shutdown = () => {
  backend.close()
  void Promise.all([server.close(), browser?.close()]).then(() => process.exit(0))
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, shutdown)

const chromium = values.open ? findChromium() : null
if (values.open && !chromium) console.error('Chromium was not found (set CHROMIUM_PATH). Open the address yourself.')
if (chromium) {
  browser = openAppBrowser(chromium, server.url)
  console.log(`Opened in Chromium with a throw-away profile: ${browser.profileDir}`)
  console.log('Closing the window stops the app and removes the profile.')
  void browser.exited.then(shutdown)
} else {
  console.log(`Open this address in your browser. It works once: reopen needs a restart.\n\n  ${server.url}\n`)
}
console.log('Stop with Ctrl+C.')
