import type { Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addClient } from './support/client-steps'
import { portRefusesConnections, processExists, startCoreProcess, type CoreProcess } from './support/core-process'
import { expect, test } from './support/fixtures'
import { openNewForm } from './support/forms-steps'
import { createVault, unlock } from './support/vault-steps'

const FORM = 'Työhönvalmennukseen ohjautuminen (lähete)'
const FIELD = 'Aiempi työkokemus lyhyesti'
const TYPED = 'Kaupan kassatyötä 2015–2019'
/** How long the last keystrokes may be at risk: the debounce (500 ms) plus one save, with room for a busy machine. */
const AT_RISK_BUDGET_MS = 1500

test.describe.configure({ timeout: 120_000 })

/**
 * Types into a new draft key by key, waits at most the at-risk budget for the app to say "saved", and kills the core
 * with SIGKILL. Then it checks that the core is really gone, starts a new core on the same vault and returns what
 * the reopened draft holds.
 */
async function typeKillAndReopen(page: Page, consoleErrors: string[], options: { draftSaveDelayMs?: number } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-kill-'))
  const cores: CoreProcess[] = []
  const start = async () => {
    const core = await startCoreProcess(dataDir, options)
    cores.push(core)
    return core
  }
  try {
    const first = await start()
    await page.goto(first.url)
    await createVault(page)
    await addClient(page, { firstName: 'Aino', lastName: 'Virtanen' })
    await openNewForm(page, FORM)
    await page.getByLabel(FIELD).focus()
    await page.keyboard.type(TYPED, { delay: 20 })
    const typedAt = Date.now()
    const savedAfterMs = await page
      .getByTestId('save-state')
      .and(page.getByText(/^Tallennettu klo /))
      .waitFor({ timeout: AT_RISK_BUDGET_MS })
      .then(() => Date.now() - typedAt)
      .catch(() => null)

    await first.kill()
    // The process that held the vault is gone, and nothing answers on its port: the next core is alone.
    expect(processExists(first.pid), 'the killed core is still running').toBe(false)
    expect(processExists(-first.pid), 'a process of the killed core is still running').toBe(false)
    expect(await portRefusesConnections(first.port), 'the killed core still accepts connections').toBe(true)

    const second = await start()
    await page.goto(second.url)
    consoleErrors.length = 0 // the old page lost its core on purpose: its failed calls are expected
    await unlock(page)
    await page.getByRole('link', { name: 'Asiakkaat' }).click()
    await page.getByRole('link', { name: 'Aino Virtanen' }).click()
    await page.getByRole('button', { name: `Jatka luonnosta: ${FORM}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: FORM })).toBeVisible()
    const reopened = await page.getByLabel(FIELD).inputValue()
    // Leave the app before its core is stopped below, so the page's event stream does not see it go.
    await page.goto('about:blank')
    return { savedAfterMs, reopened }
  } finally {
    for (const core of cores) await core.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

test('a core killed with SIGKILL while the coach types keeps the draft up to the last save', async ({
  page,
  consoleErrors,
}) => {
  const { savedAfterMs, reopened } = await typeKillAndReopen(page, consoleErrors)
  test.info().annotations.push({ type: 'last keystroke → saved (ms)', description: String(savedAfterMs) })
  console.log(`[forms-kill] last keystroke saved after ${savedAfterMs} ms`)
  expect(savedAfterMs, `not saved within ${AT_RISK_BUDGET_MS} ms`).not.toBeNull()
  expect(reopened).toBe(TYPED)
})

test('the kill check sees a loss: with saves slower than the wait, the last keystrokes are gone', async ({
  page,
  consoleErrors,
}) => {
  const { savedAfterMs, reopened } = await typeKillAndReopen(page, consoleErrors, { draftSaveDelayMs: 60_000 })
  expect(savedAfterMs, 'the app must not say "saved" before the save is done').toBeNull()
  expect(reopened).not.toBe(TYPED)
  expect(TYPED.startsWith(reopened)).toBe(true)
})
