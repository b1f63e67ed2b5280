import { getFormDefinition } from '../../src-main/shared/forms'
import { localizeForm } from '../../src-main/shared/forms/i18n'
import { validAgreement } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { fillForm, openNewForm, PREFILLED, waitForSaved } from './support/forms-steps'
import { expectSpeaks, finnishIn, rawKeysIn } from './support/language-checks'
import { printToPdf } from './support/print-pdf'
import { createVault } from './support/vault-steps'

const agreement = getFormDefinition('cooperation-agreement')!
const swedishAgreement = localizeForm(agreement, 'sv')
const englishAgreement = localizeForm(agreement, 'en')

test.describe.configure({ timeout: 150_000 })

test("a Swedish-speaking client's data request prints in Swedish while the coach works in Finnish", async ({
  page,
  app,
  consoleErrors,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, {
    firstName: 'Ebba',
    lastName: 'Lindqvist',
    municipality: 'Vasa',
    nurseName: 'Anna Berg',
    treatingUnit: 'Vasa psykiatriska poliklinik',
  })

  // Her agreement names Swedish as her language of service; a visit is recorded.
  await openNewForm(page, agreement.title)
  await fillForm(
    page,
    agreement,
    {
      ...validAgreement,
      language: 'sv',
      clientGoal: 'Jag vill ha deltidsarbete i en butik.',
      consents: (validAgreement.consents as Array<Record<string, unknown>>).map((row, index) => ({
        ...row,
        partyName: index === 0 ? 'Vasa psykiatriska poliklinik, Anna Berg' : 'FPA, Vasa byrå',
        purpose: index === 0 ? 'Att samordna arbetsträning och vård' : 'Förmånsrådgivning',
      })),
    },
    PREFILLED,
  )
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
  await page.getByRole('button', { name: 'Merkitse paperilla allekirjoitetuksi: Asiakas' }).click()
  await page.getByRole('button', { name: 'Tallenna allekirjoitus' }).click()
  await expect(page.getByTestId('signer-client')).toContainText('Allekirjoitettu paperilla')
  await page.getByRole('link', { name: 'Takaisin asiakkaan sivulle' }).click()
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  await page.getByRole('dialog').getByLabel('Kirjaus').fill('Vi uppdaterade CV:t på biblioteket.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('timeline-contact')).toHaveCount(1)
  await expect(page.getByText('Käynti kirjattu.')).toHaveCount(0) // the notice would cover the toolbar in the screenshot

  // The data request: the document in Swedish, the toolbar above it in the coach's Finnish.
  await page.getByRole('link', { name: 'Kaikki tiedot tulosteena tai PDF:nä' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Klientens uppgifter' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeVisible()
  await expect(page.getByTestId('print-language')).toHaveValue('sv')
  await expectSpeaks(page, 'sv', 'printout')
  await expectNoAxeViolations(page)
  await screenshot(page, 'sv-print-client-data-page')
  const swedish = await printToPdf(page, 'sv-client-data-request')
  expect(finnishIn(swedish.text, 'sv')).toEqual([])
  expect(rawKeysIn(swedish.text)).toEqual([])
  for (const words of [
    'Ebba Lindqvist',
    'Grunduppgifter',
    'IPS-skeden',
    `${swedishAgreement.title}, version 1, färdigställd`,
    'Kontaktspråk',
    'Jag vill ha deltidsarbete i en butik.',
    'Underskrifter',
    'Kontakter',
    'IPS-arbetsträning',
    'Vi uppdaterade CV:t på biblioteket.',
    'Logguppgifter',
    'Utlämnande av uppgifter',
    'blankett färdigställd',
    'Loggens kontrollsumma',
  ]) {
    expect(swedish.text, words).toContain(words)
  }
  // Finland-Swedish dates (d.M.yyyy) and times (14.05).
  expect(swedish.text).toMatch(/Begäran om uppgifter \d{1,2}\.\d{1,2}\.\d{4}/)
  expect(swedish.text).toMatch(/\d{1,2}\.\d{1,2}\.\d{4} \d{2}\.\d{2} · Ändring · blankett färdigställd/)

  // An English courtesy copy: English words, English dates.
  await page.getByTestId('print-language').selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: "Client's data" })).toBeVisible()
  await expectSpeaks(page, 'en', 'printout')
  const english = await printToPdf(page, 'en-client-data-request')
  expect(finnishIn(english.text, 'en')).toEqual([])
  expect(english.text).toContain(`${englishAgreement.title}, version 1, finalised`)
  expect(english.text).toMatch(/Data request \d{1,2} [A-Z][a-z]{2} \d{4}/)
  expect(english.text).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} · Changed · form finalised/)

  // Printing it in Swedish is logged as a print of her data, like any printout (the route names the language).
  await page.getByTestId('print-language').selectOption('sv')
  await expect(page.getByRole('heading', { level: 1, name: 'Klientens uppgifter' })).toBeVisible()
  await page.evaluate(() => {
    window.print = () => undefined
  })
  await page.getByRole('button', { name: 'Tulosta' }).click()
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await page.getByRole('link', { name: 'Näytä lokitiedot' }).click()
  await expect(
    page.getByTestId('audit-table').getByRole('row', { name: /Tuloste kaikki tiedot · tulostettu/ }),
  ).toHaveCount(1)
  expect(consoleErrors).toEqual([])
})
