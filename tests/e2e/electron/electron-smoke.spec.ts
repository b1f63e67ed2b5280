import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronBinary } from '../../../scripts/electron-binary.mjs'
import { confirmRecoveryKey, shownRecoveryKey } from '../support/vault-steps'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const binary = electronBinary(ROOT)

test.skip(
  !binary,
  'The Electron binary is not installed (no download possible on this machine); browser-mode tests cover the UI.',
)

test('the desktop app opens hardened, creates a vault and locks', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-electron-'))
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(ROOT, 'out', 'main', 'index.js')],
    env: { ...process.env, TYOHONVALMENTAJA_DATA_DIR: dataDir },
  })
  try {
    const page = await app.firstWindow()
    expect(page.url()).toBe('app://bundle/index.html')
    // No Node in the page, and only the two bridge functions from the preload.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    expect(
      await page.evaluate(() =>
        Object.keys((window as unknown as { tyohonvalmentaja: object }).tyohonvalmentaja).sort(),
      ),
    ).toEqual(['invoke', 'on'])

    // Navigation away from the bundle and new windows are refused.
    await page.evaluate(() => window.open('https://example.com'))
    await page.evaluate(() => (window.location.href = 'https://example.com'))
    await page.waitForTimeout(300)
    expect(app.windows()).toHaveLength(1)
    expect(page.url()).toContain('app://bundle/')

    await page.getByLabel('Uusi salalause').fill('sähköinen pitkä salalause')
    await page.getByLabel('Salalause uudelleen').fill('sähköinen pitkä salalause')
    await page.getByRole('button', { name: 'Luo tietokanta' }).click()
    await confirmRecoveryKey(page, await shownRecoveryKey(page))
    await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
    await page.keyboard.press('Control+l')
    await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
