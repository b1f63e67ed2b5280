import { readFileSync } from 'node:fs'
import { getFormDefinition } from '../../src-main/shared/forms'
import { validReferral } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { drawSignature, fillForm, openNewForm, waitForSaved } from './support/forms-steps'
import { printToPdf } from './support/print-pdf'
import { openClient } from './support/process-steps'
import { createVault, unlock } from './support/vault-steps'

const DIAGNOSIS = 'Kaksisuuntainen mielialahäiriö, tasaantunut; unirytmi tärkeä.'

test.describe.configure({ timeout: 150_000 })

test("the morning's work in the access log; a data request as PDF and JSON; permanent deletion", async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('button', { name: 'Lukitse' }).click()
  await page.getByLabel('Salalause', { exact: true }).fill('väärä salalause ensin')
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByText(/väärä/i).first()).toBeVisible()
  await unlock(page)
  await addClient(page, {
    firstName: 'Aino',
    lastName: 'Virtanen',
    henkilotunnus: '131052-308T',
    treatingUnit: 'Joensuun psykiatrian poliklinikka',
    nurseName: 'Leena Korhonen',
  })

  // A referral with the care team's view, finalised and signed; a contact logged.
  const referral = getFormDefinition('referral')!
  await openNewForm(page, referral.title)
  await fillForm(page, referral, { ...validReferral, clinicalConsiderations: DIAGNOSIS })
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
  await page
    .getByRole('button', { name: /^Allekirjoita näytöllä/ })
    .first()
    .click()
  await drawSignature(page)
  await page.getByRole('button', { name: 'Tallenna allekirjoitus' }).click()
  await openClient(page, 'Aino Virtanen')
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  await page.getByRole('dialog').getByLabel('Kirjaus').fill('Työnhakua kirjastossa, CV päivitetty.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('timeline-contact')).toHaveCount(1)

  // The client's log: every step, no names, the chain intact.
  await page.getByRole('link', { name: 'Näytä lokitiedot' }).click()
  const log = page.getByTestId('audit-table')
  for (const action of ['Katselu', 'Muutos']) await expect(log).toContainText(action)
  for (const what of ['asiakas lisätty', 'lomake viimeistelty', 'allekirjoitus kirjattu', 'käynti kirjattu']) {
    await expect(log).toContainText(what)
  }
  await expect(page.getByTestId('audit-verification')).toContainText('Loki on ehjä')
  await expectNoAxeViolations(page)
  await screenshot(page, 'audit-client-log')

  // The data request as a readable document.
  await page.getByRole('link', { name: 'Takaisin asiakkaan sivulle' }).click()
  await page.getByRole('link', { name: 'Kaikki tiedot tulosteena tai PDF:nä' }).click()
  await expectNoAxeViolations(page)
  const { text, pages } = await printToPdf(page, 'client-data-request')
  for (const expected of [
    'Asiakkaan tiedot',
    'Aino Virtanen',
    '131052-308T',
    'Työhönvalmennukseen ohjautuminen',
    'versio 1',
    DIAGNOSIS,
    'Allekirjoitus',
    'Työnhakua kirjastossa, CV päivitetty.',
    'Lokitiedot',
    'Tietojen luovutus',
    `sivu 1/${pages}`,
  ]) {
    expect(text, expected).toContain(expected)
  }
  await page.getByRole('button', { name: 'Takaisin' }).click()

  // …and as a file, downloaded in browser mode.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kaikki tiedot tiedostona (JSON)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^asiakkaan-tiedot-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  await download.delete()
  expect(data.client).toMatchObject({ firstName: 'Aino', lastName: 'Virtanen' })
  expect(data.forms[0].versions[0].values.clinicalConsiderations).toBe(DIAGNOSIS)
  expect(data.forms[0].versions[0].signatures).toHaveLength(1)
  expect(data.contacts[0].note).toBe('Työnhakua kirjastossa, CV päivitetty.')
  expect(data.audit.verification.ok).toBe(true)
  expect(data.audit.entries.map((entry: { action: string }) => entry.action)).toContain('export')

  // The whole log from Settings: the unlock after a wrong try, the client's name looked up for the screen.
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByRole('link', { name: 'Käyttöloki' }).click()
  const all = page.getByTestId('audit-table')
  for (const expected of ['Avaus', 'Vääriä avausyrityksiä', '1 kertaa', 'Aino Virtanen', 'Tietojen luovutus']) {
    await expect(all, expected).toContainText(expected)
  }
  await expectNoAxeViolations(page)
  await screenshot(page, 'audit-whole-log')

  // Permanent deletion: the name must be typed; afterwards nothing of her is reachable and the log still verifies.
  await openClient(page, 'Aino Virtanen')
  await page.getByRole('button', { name: 'Poista asiakas pysyvästi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Poista asiakas pysyvästi' })
  await dialog.getByLabel(/Kirjoita vahvistukseksi asiakkaan nimi/).fill('Aino')
  await dialog.getByRole('button', { name: 'Poista pysyvästi' }).click()
  await expect(dialog.getByText('Nimi ei täsmää.')).toBeVisible()
  await expectNoAxeViolations(page)
  await dialog.getByLabel(/Kirjoita vahvistukseksi asiakkaan nimi/).fill('Aino Virtanen')
  await dialog.getByRole('button', { name: 'Poista pysyvästi' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible()
  await expect(page.getByText('Aino Virtanen')).toHaveCount(0)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByRole('link', { name: 'Käyttöloki' }).click()
  await expect(all).toContainText('Asiakas poistettu pysyvästi')
  await expect(all).toContainText('poistetun asiakkaan merkintä')
  await expect(all).not.toContainText('Aino')
  await expect(page.getByTestId('audit-verification')).toContainText('Loki on ehjä')

  // The retention review (nothing is due yet: the period runs from the closing).
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByRole('link', { name: 'Säilytysaikojen tarkistus' }).click()
  await expect(page.getByText('Ei asiakkaita, joiden säilytysaika olisi kulunut.')).toBeVisible()
  await expect(page.getByText('10 vuotta asiakkuuden päättymisestä')).toBeVisible()
  await expectNoAxeViolations(page)
})
