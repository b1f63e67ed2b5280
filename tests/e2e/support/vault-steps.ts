import { expect, type Page } from '@playwright/test'

export const PASSPHRASE = 'kahvi pulla omena sininen'

/** The recovery key as the sheet shows it (groups of four joined by dashes). */
export async function shownRecoveryKey(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Palautusavain', exact: true })).toBeVisible()
  return (await page.getByTestId('recovery-key').textContent())!.trim()
}

/** Types the recovery key back on the sheet, as the app requires before the vault is ready. */
export async function confirmRecoveryKey(page: Page, recoveryKey: string) {
  await page.getByLabel('Palautusavain paperilta').fill(recoveryKey)
  await page.getByRole('button', { name: 'Vahvista ja jatka' }).click()
  await expect(page.getByRole('button', { name: 'Lukitse' })).toBeVisible() // the app, wherever it was
}

/** Creates a vault through the UI, confirms the recovery key and returns it. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Luo salattu tietokanta' })).toBeVisible()
  await page.getByLabel('Uusi salalause').fill(passphrase)
  await page.getByLabel('Salalause uudelleen').fill(passphrase)
  await page.getByRole('button', { name: 'Luo tietokanta' }).click()
  const recoveryKey = await shownRecoveryKey(page)
  await confirmRecoveryKey(page, recoveryKey)
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
  return recoveryKey
}

export async function unlock(page: Page, passphrase = PASSPHRASE) {
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await page.getByLabel('Salalause', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Etusivu' })).toBeVisible()
}
