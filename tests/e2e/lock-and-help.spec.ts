import { addClient } from './support/client-steps'
import { expect, test } from './support/fixtures'
import { createVault } from './support/vault-steps'

test('the app locks itself after 15 minutes without use, and not before', async ({ page, app }) => {
  await page.clock.install()
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Eeva', lastName: 'Laine' })
  await page.clock.fastForward('14:00')
  await page.getByRole('link', { name: 'Asiakkaat' }).click() // activity resets the timer
  await page.clock.fastForward('14:00')
  await expect(page.getByRole('link', { name: 'Eeva Laine' })).toBeVisible()
  await page.clock.fastForward('02:00')
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await expect(page.getByText('Eeva')).toHaveCount(0)
})

test('the help page answers in Finnish, for every part of the app', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('link', { name: 'Ohje' }).click()
  for (const heading of [
    'Miten tiedot suojataan?',
    'Lukitseminen',
    'Unohtunut salalause',
    'Lomakkeet',
    'Laskuri: miten palkka vaikuttaa etuuksiin',
    'Missä tiedot ovat?',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  }
  await expect(page.getByText(/\b(help|forms|calculator)\.[a-z]+/)).toHaveCount(0)
})
