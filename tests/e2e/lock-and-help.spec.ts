import { addClient } from './support/client-steps'
import { expect, test } from './support/fixtures'
import { createVault, unlock } from './support/vault-steps'

test('the app locks itself after the idle time of Settings (5 minutes at first), and not before', async ({
  page,
  app,
}) => {
  await page.clock.install()
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Eeva', lastName: 'Laine' })
  await page.clock.fastForward('04:00')
  await page.getByRole('link', { name: 'Asiakkaat' }).click() // activity resets the timer
  await page.clock.fastForward('04:00')
  await expect(page.getByRole('link', { name: 'Eeva Laine' })).toBeVisible()
  await page.clock.fastForward('01:30')
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await expect(page.getByText('Eeva')).toHaveCount(0)

  // Twenty minutes, typed key by key in Settings.
  await unlock(page)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  const minutes = page.getByLabel('Lukitse, kun sovellusta ei ole käytetty (minuuttia)')
  await minutes.fill('')
  await minutes.pressSequentially('20')
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click()
  await expect(page.getByText('Asetukset tallennettu.')).toBeVisible()
  await page.clock.fastForward('19:00')
  await expect(page.getByRole('heading', { name: 'Asetukset' })).toBeVisible()
  await page.clock.fastForward('01:30')
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  // Out of range is refused beside the field.
  await unlock(page)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await minutes.fill('90')
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click()
  await expect(page.getByText('Luku ei ole sallituissa rajoissa.')).toBeVisible()
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
    'IPS-vaiheet, käynnit ja työ',
    'Etusivu, raportit ja laatuarviointi',
    'Asiakas paikalla, käyttöloki ja tietopyynnöt',
    'Kielet',
    'Missä tiedot ovat?',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  }
  await expect(page.getByText(/\b(help|forms|calculator|language)\.[a-z]+/)).toHaveCount(0)
})
