import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { createBackend, type Backend } from '../../../src-main/core/backend'
import { startBrowserServer, type BrowserServer } from '../../../src-main/browser-mode/http-transport'

const ROOT = join(import.meta.dirname, '..', '..', '..')
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts')

/** Lighter scrypt than production so the suite stays fast; the real cost is measured by `npm run bench`. */
const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 }

export class AppServer {
  private backend: Backend | null = null
  private server: BrowserServer | null = null
  constructor(readonly dataDir: string) {}

  async start() {
    this.backend = createBackend({ dataDir: this.dataDir, migrationsDir: join(ROOT, 'drizzle'), scrypt: TEST_SCRYPT })
    this.server = await startBrowserServer({ backend: this.backend, rendererDir: join(ROOT, 'out', 'renderer') })
    return this.server
  }

  /** Stops the core as a quit would: the vault closes and all in-memory state is gone. */
  async stop() {
    this.backend?.close()
    await this.server?.close()
    this.backend = null
    this.server = null
  }

  get url() {
    if (!this.server) throw new Error('server not started')
    return this.server.url
  }
}

export const test = base.extend<{ app: AppServer; consoleErrors: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-e2e-'))
    const app = new AppServer(dataDir)
    await app.start()
    await use(app)
    await app.stop()
    rmSync(dataDir, { recursive: true, force: true })
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
  },
})

export { expect }

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any[0]?.message ?? n.failureSummary})`).join(', ')}`,
  )
  expect(summary).toEqual([])
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, 'screens', `${name}.png`), fullPage: true })
}
