import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { createVault, PASSPHRASE, unlock } from './support/vault-steps'

const CLIENTS = [
  {
    firstName: 'Aino',
    lastName: 'Virtanen',
    henkilotunnus: '131052-308T',
    municipality: 'Joensuu',
    nurseName: 'Leena Korhonen',
    treatingUnit: 'Joensuun psykiatrian poliklinikka',
  },
  { firstName: 'Mikko', lastName: 'Järvinen', municipality: 'Kontiolahti', phone: '040 123 4567' },
  { firstName: 'Sanna', lastName: 'Heikkinen', municipality: 'Joensuu', nurseName: 'Pekka Salo' },
]

test('a coach creates a vault, manages clients, locks, and gets back in', async ({ page, app, consoleErrors }) => {
  await page.goto(app.url)
  await expectNoAxeViolations(page)
  await screenshot(page, '01-create-vault')

  // Too short and mismatched passphrases are refused beside the fields.
  await page.getByLabel('Uusi salalause').fill('lyhyt')
  await page.getByLabel('Salalause uudelleen').fill('toinen')
  await page.getByRole('button', { name: 'Luo tietokanta' }).click()
  await expect(page.getByText('Salalauseessa on oltava vähintään 12 merkkiä.')).toBeVisible()
  await expect(page.getByText('Salalauseet eivät ole samat.')).toBeVisible()

  const recoveryKey = await createVault(page)
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)

  for (const client of CLIENTS) await addClient(page, client)

  // The list shows all three; the search filters as you type, accents and case folded.
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByTestId('client-count')).toHaveText('3 asiakasta')
  await screenshot(page, '03-client-list')
  await expectNoAxeViolations(page)
  const search = page.getByLabel('Hae asiakasta')
  await search.fill('joensuu')
  await expect(page.getByTestId('client-count')).toHaveText('2 asiakasta')
  await search.fill('JARVI')
  await expect(page.getByTestId('client-count')).toHaveText('1 asiakas')
  await expect(page.getByRole('link', { name: 'Mikko Järvinen' })).toBeVisible()
  await search.fill('korhonen')
  await expect(page.getByRole('link', { name: 'Aino Virtanen' })).toBeVisible()
  await search.fill('ei ketään')
  await expect(page.getByText('Haulla ei löytynyt asiakkaita.')).toBeVisible()

  // Keyboard: the search field has focus; tab to the result and open it with Enter.
  await search.fill('heikkinen')
  await page.getByRole('link', { name: 'Sanna Heikkinen' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Sanna Heikkinen' })).toBeVisible()

  // Edit: a bad henkilötunnus is shown beside the field in Finnish and nothing is saved.
  await page.getByRole('button', { name: 'Muokkaa' }).click()
  await page.getByLabel('Henkilötunnus').fill('131052-308A')
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByText('Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista numerot.')).toBeVisible()
  await screenshot(page, '04-client-edit-error')
  await expectNoAxeViolations(page)
  await page.getByLabel('Henkilötunnus').fill('010199A0045') // wrong check character for A-century
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByText(/tarkistusmerkki ei täsmää/)).toBeVisible()
  await page.getByLabel('Henkilötunnus').fill('')
  await page.getByLabel('Puhelin').fill('050 765 4321')
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByText('050 765 4321')).toBeVisible()
  await screenshot(page, '05-client-page')
  await expectNoAxeViolations(page)

  // Aino's date of birth came from her henkilötunnus.
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('link', { name: 'Aino Virtanen' }).click()
  await expect(page.getByText('13.10.1952')).toBeVisible()

  // Ctrl+L locks at once: no client data stays on screen.
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await expect(page.getByText('Aino')).toHaveCount(0)
  await screenshot(page, '06-lock-screen')
  await expectNoAxeViolations(page)

  // A wrong passphrase fails with a Finnish message; the right one opens the vault.
  await page.getByLabel('Salalause', { exact: true }).fill('väärä salalause tässä')
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByText('Väärä salalause.')).toBeVisible()
  await unlock(page)
  await expect(page.getByTestId('caseload-size')).toContainText('0 aktiivista asiakasta')
  await expect(page.getByTestId('not-entered')).toContainText('3 asiakasta odottaa aloitusta')
  await screenshot(page, '02-home')

  // Restart the core: the data is still there after unlocking again.
  expect(consoleErrors).toEqual([])
  await app.stop()
  await app.start()
  await page.goto(app.url)
  consoleErrors.length = 0 // the old page's event stream lost its server on purpose
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await unlock(page)
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByTestId('client-count')).toHaveText('3 asiakasta')
  await expect(page.getByRole('cell', { name: '050 765 4321' })).toHaveCount(0) // phone is not a list column
  await page.getByRole('button', { name: 'Lukitse' }).click()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()

  // The files on disk contain none of the names or ids in plaintext.
  for (const file of readdirSync(app.dataDir)) {
    const bytes = readFileSync(join(app.dataDir, file))
    for (const needle of ['Virtanen', 'Järvinen', 'Heikkinen', '131052-308T', 'Korhonen', 'Joensuu']) {
      expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false)
    }
  }
  expect(readFileSync(join(app.dataDir, 'vault.db')).subarray(0, 15).toString()).not.toBe('SQLite format 3')

  // Forgotten passphrase: the recovery key opens the vault and sets a new passphrase.
  await page.getByRole('button', { name: 'Unohtuiko? Käytä palautusavainta' }).click()
  await page.getByLabel('Palautusavain').fill(recoveryKey.toLowerCase().replaceAll('-', ' '))
  await page.getByLabel('Uusi salalause').fill('uusi pitkä salalause 2026')
  await page.getByLabel('Salalause uudelleen').fill('uusi pitkä salalause 2026')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Avaa ja vaihda salalause' }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
  await page.getByRole('button', { name: 'Lukitse' }).click()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await page.getByLabel('Salalause', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByText('Väärä salalause.')).toBeVisible()
  await unlock(page, 'uusi pitkä salalause 2026')

  expect(consoleErrors).toEqual([])
})
