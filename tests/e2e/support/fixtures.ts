import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { ROOT, startTestCore, type TestCore } from '../../support/test-core'

export const ARTIFACTS = join(ROOT, 'tests', 'artifacts')

/** The core in the test's own worker process: stopped by the fixture whether the test passed or failed. */
export class AppServer {
  private core: TestCore | null = null
  constructor(readonly dataDir: string) {}

  async start() {
    this.core = await startTestCore(this.dataDir)
    return this.core.server
  }

  /** Stops the core as a quit would: the vault closes and all in-memory state is gone. */
  async stop() {
    const core = this.core
    this.core = null
    await core?.stop()
  }

  get url() {
    if (!this.core) throw new Error('server not started')
    return this.core.server.url
  }
}

export const test = base.extend<{ app: AppServer; consoleErrors: string[] }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-e2e-'))
    const app = new AppServer(dataDir)
    try {
      await app.start()
      await use(app)
    } finally {
      // Leave the app first: a page still connected would report its lost event stream as a console error.
      await page.goto('about:blank').catch(() => {})
      await app.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
  // Every test ends with no error in the page's console (React warnings, unknown validation messages, failed calls).
  // A test that causes one on purpose empties the list at that point.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'errors in the browser console').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export async function expectNoAxeViolations(page: Page, where?: string) {
  // A toast or dialog still fading in reads as faint text: let finite transitions end first (spinners never do).
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 2_000 },
    )
    .catch(() => undefined)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any[0]?.message ?? n.failureSummary})`).join(', ')}`,
  )
  // A named check (a tour of many screens) is soft: the run lists every screen's violations, then fails.
  if (where) expect.soft(summary, `axe violations: ${where}`).toEqual([])
  else expect(summary).toEqual([])
}

export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  await page.screenshot({ path: join(ARTIFACTS, 'screens', `${name}.png`), fullPage })
}
