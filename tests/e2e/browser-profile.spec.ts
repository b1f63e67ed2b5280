import { chromium } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { CHROMIUM_PATH } from '../../playwright.config'
import { getFormDefinition } from '../../src-main/shared/forms'
import { validReferral } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, test } from './support/fixtures'
import { fillForm, openNewForm, waitForSaved } from './support/forms-steps'
import { createVault, unlock } from './support/vault-steps'

const PASSPHRASE = 'kuusama revontuli jäkälä'
const CLIENT = { firstName: 'Ilmari', lastName: 'Harjunpää', henkilotunnus: '010190-123M' }
const DIAGNOSIS = 'Skitsoaffektiivinen häiriö F25.0'
const NOTE = 'Tapasimme Kontiolahden kirjastossa'

/** Every file under `folder` that holds `needle` as UTF-8 or UTF-16 (how Chromium's databases store text). */
function filesHolding(folder: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')]
  const found: string[] = []
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      const stats = statSync(full, { throwIfNoEntry: false })
      if (!stats) continue
      if (stats.isDirectory()) walk(full)
      else if (stats.isFile() && forms.some((form) => readFileSync(full).includes(form)))
        found.push(relative(folder, full))
    }
  }
  walk(folder)
  return found
}

test.describe.configure({ timeout: 150_000 })

test('after a browser-mode session the Chromium profile holds no client data, no session and no passphrase', async ({
  app,
}) => {
  // A persistent profile, as the coach's own browser has: everything Chromium keeps on disk lands in it.
  const profile = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking'],
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1366, height: 768 },
  })
  let session: string
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(app.url)
    await expect(page).toHaveURL(/\/#\/$|\/$/) // the launch token is out of the address at once
    expect(page.url()).not.toContain(app.url.split('token=')[1]!)
    await createVault(page, PASSPHRASE)
    await addClient(page, { ...CLIENT, treatingUnit: 'Joensuun psykiatrian poliklinikka', nurseName: 'Leena Korhonen' })

    // A form with the care team's view, saved as a draft; a reload in the middle; a contact note.
    const referral = getFormDefinition('referral')!
    await openNewForm(page, referral.title)
    await fillForm(page, referral, { ...validReferral, clinicalConsiderations: DIAGNOSIS })
    await waitForSaved(page)
    await page.reload()
    await expect(page.locator('[id="input-clinicalConsiderations"]')).toHaveValue(DIAGNOSIS)
    await page.getByRole('link', { name: 'Takaisin asiakkaan sivulle' }).click()
    await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
    await page.getByRole('dialog').getByLabel('Kirjaus').fill(NOTE)
    await page.keyboard.press('Control+Enter')
    await expect(page.getByTestId('timeline-contact')).toHaveCount(1)

    // Lock and unlock with the passphrase typed on the lock screen.
    await page.getByRole('button', { name: 'Lukitse' }).click()
    await unlock(page, PASSPHRASE)
    session = (await context.cookies()).find((cookie) => cookie.name.startsWith('tyohonvalmentaja-'))?.value ?? ''
    expect(session).toHaveLength(43)
    expect((await context.cookies())[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', expires: -1 })
    await page.goto('about:blank')
  } finally {
    await context.close()
  }

  try {
    const leaks = Object.fromEntries(
      [CLIENT.lastName, CLIENT.henkilotunnus, DIAGNOSIS, NOTE, PASSPHRASE, session].map((needle) => [
        needle,
        filesHolding(profile, needle),
      ]),
    )
    expect(leaks).toEqual(Object.fromEntries(Object.keys(leaks).map((needle) => [needle, []])))
    // The launch token may be in the history, but it is spent: it opens nothing.
    const again = await fetch(app.url, { redirect: 'manual' })
    expect(again.status).toBe(200)
    expect(again.headers.get('set-cookie')).toBeNull()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
