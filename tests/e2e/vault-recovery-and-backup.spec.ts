import type { Page } from '@playwright/test'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addClient } from './support/client-steps'
import { AppServer, expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { printToPdf } from './support/print-pdf'
import { confirmRecoveryKey, createVault, PASSPHRASE, shownRecoveryKey, unlock } from './support/vault-steps'

const KEY_IN_TEXT = /((?:[0-9A-Z]{4}[\s-]*){7}[0-9A-Z]{4})/

function flipByteInMiddlePage(file: string) {
  const bytes = readFileSync(file)
  const at = Math.floor(bytes.length / 4096 / 2) * 4096 + 1000
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.from([bytes[at]! ^ 0xff]), 0, 1, at)
  closeSync(fd)
}

async function lockFromMenu(page: Page) {
  await page.getByRole('button', { name: 'Lukitse' }).click()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
}

test('the printed recovery key, read from the PDF and typed back, opens the vault', async ({
  page,
  app,
  consoleErrors,
}) => {
  await page.goto(app.url)
  await page.getByLabel('Uusi salalause').fill('aaaaaaaaaaaaaaaa')
  await page.getByLabel('Salalause uudelleen').fill('aaaaaaaaaaaaaaaa')
  await page.getByRole('button', { name: 'Luo tietokanta' }).click()
  await expect(page.getByText(/Salalause on liian helppo arvata/)).toBeVisible()
  await page.getByLabel('Uusi salalause').fill(PASSPHRASE)
  await page.getByLabel('Salalause uudelleen').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Luo tietokanta' }).click()
  const shown = await shownRecoveryKey(page)
  expect(shown).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
  // Never clipped: the key box is as wide as its content, at 1366 px and at 200 % zoom.
  const key = page.getByTestId('recovery-key')
  expect(await key.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  await screenshot(page, 'recovery-key-sheet')
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 683, height: 768 })
  expect(await key.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  await screenshot(page, 'recovery-key-sheet-narrow')
  await page.setViewportSize({ width: 1366, height: 768 })

  // A reload does not lose the key: it is still shown until typed back.
  await page.reload()
  expect(await shownRecoveryKey(page)).toBe(shown)

  await page.getByRole('button', { name: 'Tulosta palautusavain' }).click()
  const { text, pages } = await printToPdf(page, 'recovery-key')
  expect(pages).toBe(1)
  const printed = KEY_IN_TEXT.exec(text)![1]!
  expect(printed.replace(/[\s-]/g, '')).toBe(shown.replaceAll('-', ''))
  expect(text).toContain('palautusavain')
  await page.getByRole('button', { name: 'Takaisin' }).click()

  await page.getByLabel('Palautusavain paperilta').fill(printed.slice(0, -1))
  await page.getByRole('button', { name: 'Vahvista ja jatka' }).click()
  await expect(page.getByText('Avain ei ole sama kuin näytetty.', { exact: false })).toBeVisible()
  await confirmRecoveryKey(page, printed.toLowerCase())
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen' })

  // Forgotten passphrase: the key read from the PDF opens the vault.
  await lockFromMenu(page)
  await page.getByRole('button', { name: 'Unohtuiko? Käytä palautusavainta' }).click()
  await page.getByLabel('Palautusavain').fill(printed)
  await page.getByLabel('Uusi salalause').fill('uusi pitkä salalause 2026')
  await page.getByLabel('Salalause uudelleen').fill('uusi pitkä salalause 2026')
  await page.getByRole('button', { name: 'Avaa ja vaihda salalause' }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()

  // Settings: a new recovery key; the printed one stops working.
  await page.getByRole('link', { name: 'Asetukset' }).click()
  const renew = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Luo uusi palautusavain' }) })
  await renew.getByLabel('Salalause vahvistukseksi').fill('uusi pitkä salalause 2026')
  await renew.getByRole('button', { name: 'Luo uusi palautusavain' }).click()
  const renewed = await shownRecoveryKey(page)
  expect(renewed).not.toBe(shown)
  await confirmRecoveryKey(page, renewed)
  await lockFromMenu(page)
  await page.getByRole('button', { name: 'Unohtuiko? Käytä palautusavainta' }).click()
  await page.getByLabel('Palautusavain').fill(printed)
  await page.getByLabel('Uusi salalause').fill('kolmas pitkä salalause')
  await page.getByLabel('Salalause uudelleen').fill('kolmas pitkä salalause')
  await page.getByRole('button', { name: 'Avaa ja vaihda salalause' }).click()
  await expect(page.getByText('Palautusavain ei kelpaa. Tarkista merkit.')).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('backup, a damaged vault, and a restore that gives everything back', async ({ page, app, consoleErrors }) => {
  await page.goto(app.url)
  await createVault(page)
  await expect(page.getByTestId('backup-reminder')).toContainText('Tiedoista ei ole vielä varmuuskopiota.')
  for (const lastName of ['Virtanen', 'Järvinen', 'Heikkinen'])
    await addClient(page, { firstName: 'Asiakas', lastName })

  await page.getByRole('link', { name: 'Asetukset' }).click()
  await expect(page.getByTestId('last-backup')).toHaveText('Varmuuskopiota ei ole vielä tehty.')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Varmuuskopioi', exact: true }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^tyohonvalmentaja-varmuuskopio-\d{4}-\d{2}-\d{2}-\d{6}\.tvbackup$/)
  const backupFile = join(app.dataDir, '..', `${download.suggestedFilename()}`)
  await download.saveAs(backupFile)
  expect(readFileSync(backupFile).includes(Buffer.from('Virtanen'))).toBe(false)
  await expect(page.getByTestId('last-backup')).toContainText('Viimeisin varmuuskopio:')
  await screenshot(page, 'settings-backups')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Etusivu' }).click()
  await expect(page.getByTestId('backup-reminder')).toContainText('Viimeisin varmuuskopio tehtiin')

  // The disk damages a page in the middle of the database: unlocking says so and offers the backup.
  await lockFromMenu(page)
  flipByteInMiddlePage(join(app.dataDir, 'vault.db'))
  await page.getByLabel('Salalause', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Tietokantaa ei voi avata' })).toBeVisible()
  await expect(page.getByTestId('vault-problem')).toContainText('Tietokantatiedosto on vaurioitunut')
  await screenshot(page, 'vault-damaged')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Palauta varmuuskopiosta' }).click()
  await page.getByTestId('restore-file').setInputFiles(backupFile)
  await page.getByLabel('Salalause varmuuskopion ajalta').fill('väärä salalause')
  await page.getByRole('button', { name: 'Tarkista varmuuskopio' }).click()
  await expect(page.getByText(/ei avaa tätä varmuuskopiota/)).toBeVisible()
  await page.getByLabel('Salalause varmuuskopion ajalta').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Tarkista varmuuskopio' }).click()
  await expect(page.getByTestId('restore-summary')).toContainText('siinä on 3 asiakasta ja 0 lomaketta')
  await screenshot(page, 'restore-checked')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Palauta nämä tiedot' }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByTestId('client-count')).toHaveText('3 asiakasta')
  for (const lastName of ['Virtanen', 'Järvinen', 'Heikkinen']) {
    await expect(page.getByRole('link', { name: `Asiakas ${lastName}` })).toBeVisible()
  }
  expect(readdirSync(join(app.dataDir, 'aside'))).toHaveLength(1)
  expect(consoleErrors).toEqual([])
})

test('a damaged key file falls back to its copy; with both gone the screen says what to do', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await lockFromMenu(page)
  writeFileSync(join(app.dataDir, 'vault.keys.json'), '{"format":1,"crea')
  await page.reload()
  await expect(page.getByTestId('key-file-copy-in-use')).toContainText('sovellus käyttää sen varakopiota')
  await unlock(page)
  await lockFromMenu(page)
  writeFileSync(join(app.dataDir, 'vault.keys.json'), '')
  rmSync(join(app.dataDir, 'vault.keys.copy.json'))
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Tietokantaa ei voi avata' })).toBeVisible()
  await expect(page.getByTestId('vault-problem')).toContainText('Avaintiedosto ja sen varakopio ovat vaurioituneet')
  await expect(page.getByText(app.dataDir, { exact: false })).toBeVisible()
  // A new vault only when asked, and the old files are moved aside, not overwritten.
  await page.getByRole('button', { name: 'Aloita uusi tyhjä tietokanta' }).click()
  await page.getByRole('button', { name: 'Kyllä, aloita uusi' }).click()
  await createVault(page, 'toinen pitkä salalause')
  expect(readdirSync(join(app.dataDir, 'aside'))[0]).toMatch(/before-new-vault$/)
})

test('a coach backs up to a folder automatically and restores it into a fresh data folder', async ({ page, app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-usb-'))
  await page.goto(app.url)
  const recoveryKey = await createVault(page)
  await addClient(page, { firstName: 'Sanna', lastName: 'Heikkinen', municipality: 'Joensuu' })
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByLabel('Varmuuskopiokansio').fill(join(folder, 'ei ole'))
  await page.getByRole('button', { name: 'Tallenna', exact: true }).last().click()
  await expect(page.getByText(/Kansiota ei löydy/)).toBeVisible()
  await page.getByLabel('Varmuuskopiokansio').fill(folder)
  await page.getByRole('button', { name: 'Tallenna', exact: true }).last().click()
  await expect(page.getByText('Varmuuskopioinnin asetukset tallennettu.')).toBeVisible()
  await lockFromMenu(page) // the automatic backup of the day
  const [file] = readdirSync(folder)
  expect(file).toMatch(/\.tvbackup$/)
  expect(statSync(join(folder, file!)).size).toBeGreaterThan(10_000)

  // A new computer: an empty data folder, the backup from the USB stick and the recovery key.
  const fresh = new AppServer(mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-e2e-fresh-')))
  mkdirSync(fresh.dataDir, { recursive: true })
  await fresh.start()
  try {
    await page.goto(fresh.url)
    await page.getByRole('button', { name: 'Onko sinulla varmuuskopio? Palauta tiedot varmuuskopiosta' }).click()
    await page.getByTestId('restore-file').setInputFiles(join(folder, file!))
    await page.getByText('Palautusavaimella').click()
    await page.getByLabel('Palautusavain varmuuskopion ajalta').fill(recoveryKey)
    await page.getByRole('button', { name: 'Tarkista varmuuskopio' }).click()
    await expect(page.getByTestId('restore-summary')).toContainText('1 asiakasta')
    await page.getByRole('button', { name: 'Palauta nämä tiedot' }).click()
    await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
    await page.getByRole('link', { name: 'Asiakkaat' }).click()
    await expect(page.getByRole('link', { name: 'Sanna Heikkinen' })).toBeVisible()
    await page.getByRole('link', { name: 'Ohje' }).click()
    await expect(page.getByText(fresh.dataDir, { exact: false })).toBeVisible()
    await screenshot(page, 'help-data-folder')
  } finally {
    await page.goto('about:blank') // leave the page first: a stopped core is not an error of the app
    await fresh.stop()
    rmSync(fresh.dataDir, { recursive: true, force: true })
    rmSync(folder, { recursive: true, force: true })
  }
})
