import { expect, test } from './support/fixtures'
import { createVault, PASSPHRASE, unlock } from './support/vault-steps'

test('a half-filled new client survives a visit elsewhere, a reload asks first, and locking forgets it', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('button', { name: 'Uusi asiakas' }).click()
  await page.getByLabel('Etunimi').pressSequentially('Aino')
  await page.getByLabel('Sukunimi').pressSequentially('Virtanen')
  // A valid henkilötunnus fills the date of birth as it is typed, key by key.
  await page.getByLabel('Henkilötunnus').pressSequentially('010594Y9032')
  await expect(page.getByRole('textbox', { name: 'Syntymäaika' })).toHaveValue('1.5.1994')
  // Corrected, it follows; a date the coach typed is never overwritten.
  await page.getByLabel('Henkilötunnus').fill('131052-308T')
  await expect(page.getByRole('textbox', { name: 'Syntymäaika' })).toHaveValue('13.10.1952')

  // To the calculator and back: everything is still there, and the coach is told it was kept.
  await page.getByRole('link', { name: 'Laskuri' }).click()
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('button', { name: 'Uusi asiakas' }).click()
  await expect(page.getByTestId('new-client-restored')).toContainText('Keskeneräiset tiedot palautettiin')
  await expect(page.getByLabel('Etunimi')).toHaveValue('Aino')
  await expect(page.getByLabel('Henkilötunnus')).toHaveValue('131052-308T')
  await expect(page.getByRole('textbox', { name: 'Syntymäaika' })).toHaveValue('13.10.1952')

  // A reload would lose it: the browser asks first.
  const dialog = page.waitForEvent('dialog')
  void page.evaluate(() => window.location.reload())
  expect((await dialog).type()).toBe('beforeunload')
  await (await dialog).dismiss()
  await expect(page.getByLabel('Etunimi')).toHaveValue('Aino')

  // Locking drops client data from memory, the unsaved client too.
  await page.keyboard.press('Control+l')
  await unlock(page)
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('button', { name: 'Uusi asiakas' }).click()
  await expect(page.getByLabel('Etunimi')).toHaveValue('')
  await expect(page.getByTestId('new-client-restored')).toHaveCount(0)

  // Saved, it is gone from memory too: a new client starts empty.
  await page.getByLabel('Etunimi').fill('Eero')
  await page.getByLabel('Sukunimi').fill('Laine')
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Eero Laine' })).toBeVisible()
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('button', { name: 'Uusi asiakas' }).click()
  await expect(page.getByLabel('Etunimi')).toHaveValue('')
})

test('keyboard: skip link, a visible focus ring, and the passphrase toggle reached with Tab', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)

  // The first Tab reaches the skip link; Enter moves focus to the page's content.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main-content')).toBeFocused()

  // Every input shows focus with a 3 px outline, not only a border colour.
  await page.getByRole('link', { name: 'Asetukset' }).click()
  const name = page.getByLabel('Työhönvalmentajan nimi')
  await name.focus()
  expect(await name.evaluate((element) => getComputedStyle(element).outlineWidth)).toBe('3px')
  expect(await name.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')

  // The passphrase's show button: in Finnish, after the field in Tab order, and it says whether it is pressed.
  await page.keyboard.press('Control+l')
  const passphrase = page.getByLabel('Salalause', { exact: true })
  await passphrase.fill(PASSPHRASE)
  await passphrase.focus()
  await page.keyboard.press('Tab')
  const toggle = page.getByRole('button', { name: 'Näytä salalause' })
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Space')
  await expect(passphrase).toHaveAttribute('type', 'text')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
})
