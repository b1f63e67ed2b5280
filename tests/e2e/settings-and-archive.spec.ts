import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { openNewForm } from './support/forms-steps'
import { createVault, PASSPHRASE, unlock } from './support/vault-steps'

test('a coach changes the passphrase in Settings; the old one stops working', async ({ page, app, consoleErrors }) => {
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await expect(page.getByRole('heading', { name: 'Vaihda salalause' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, '07-settings')

  await page.getByLabel('Nykyinen salalause').fill('ei tämä ole oikea')
  await page.getByLabel('Uusi salalause').fill('vaihdettu salalause tähän')
  await page.getByLabel('Salalause uudelleen').fill('vaihdettu salalause tähän')
  await page.getByRole('button', { name: 'Vaihda salalause' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Väärä salalause.' })).toBeVisible()

  await page.getByLabel('Nykyinen salalause').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Vaihda salalause' }).click()
  await expect(page.getByText('Salalause vaihdettu.')).toBeVisible()

  await page.getByRole('button', { name: 'Lukitse' }).click()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await page.getByLabel('Salalause', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByText('Väärä salalause.')).toBeVisible()
  await unlock(page, 'vaihdettu salalause tähän')
  expect(consoleErrors).toEqual([])
})

test('archiving takes a client off the list after a confirmation, and restoring brings them back', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Juha', lastName: 'Koskinen', municipality: 'Lieksa' })
  await addClient(page, { firstName: 'Tiina', lastName: 'Laine' })

  await page.getByRole('button', { name: 'Arkistoi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Arkistoidaanko asiakas?' })
  await expect(dialog).toContainText('Tiina Laine poistuu asiakaslistalta.')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Peruuta' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Arkistoitu')).toHaveCount(0)

  await page.getByRole('button', { name: 'Arkistoi' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Arkistoi' }).click()
  await expect(page.getByText('Arkistoitu')).toBeVisible()

  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByTestId('client-count')).toHaveText('1 asiakas')
  await expect(page.getByRole('link', { name: 'Tiina Laine' })).toHaveCount(0)
  await page.getByLabel('Näytä arkistoidut').check()
  await expect(page.getByTestId('client-count')).toHaveText('2 asiakasta')
  await page.getByRole('link', { name: 'Tiina Laine' }).click()
  await page.getByRole('button', { name: 'Palauta arkistosta' }).click()
  await expect(page.getByText('Arkistoitu')).toHaveCount(0)
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByTestId('client-count')).toHaveText('2 asiakasta')
})

test("the coach's own details from Settings are prefilled on new forms", async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click()
  await expect(page.getByText('Pakollinen tieto puuttuu.')).toBeVisible()
  await page.getByLabel('Työhönvalmentajan nimi').fill('Ville Valmentaja')
  await page.getByLabel('Yksikkö', { exact: true }).fill('Siun sote, IPS-tiimi')
  await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click()
  await expect(page.getByText('Omat tiedot tallennettu.')).toBeVisible()

  await addClient(page, { firstName: 'Eeva', lastName: 'Nieminen' })
  await openNewForm(page, 'Työnhakusuunnitelma')
  await expect(page.getByLabel('IPS-työhönvalmentaja')).toHaveValue('Ville Valmentaja')
  await expect(page.getByLabel('Yksikkö / hyvinvointialue')).toHaveValue('Siun sote, IPS-tiimi')
})
