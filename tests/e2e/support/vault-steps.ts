import { expect, type Page } from '@playwright/test'

export const PASSPHRASE = 'kahvi pulla omena sininen'

/** Creates a vault through the UI and returns the recovery key shown on the sheet. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Luo salattu tietokanta' })).toBeVisible()
  await page.getByLabel('Uusi salalause').fill(passphrase)
  await page.getByLabel('Salalause uudelleen').fill(passphrase)
  await page.getByRole('button', { name: 'Luo tietokanta' }).click()
  await expect(page.getByRole('heading', { name: 'Palautusavain' })).toBeVisible()
  const recoveryKey = (await page.getByTestId('recovery-key').textContent())!.trim()
  await page.getByLabel('Olen tulostanut tai kirjoittanut palautusavaimen talteen.').check()
  await page.getByRole('button', { name: 'Jatka sovellukseen' }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
  return recoveryKey
}

export async function unlock(page: Page, passphrase = PASSPHRASE) {
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await page.getByLabel('Salalause', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
}
