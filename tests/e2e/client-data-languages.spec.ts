import type { Locator } from '@playwright/test'
import { getFormDefinition } from '../../src-main/shared/forms'
import { localizeForm } from '../../src-main/shared/forms/i18n'
import { validAgreement } from '../unit/support/form-fixtures'
import { addClient, SWEDISH_SPEAKING_CLIENT } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { fillForm, finaliseSignedByClientOnPaper, openNewForm, PREFILLED, waitForSaved } from './support/forms-steps'
import { expectSpeaks, finnishIn, rawKeysIn } from './support/language-checks'
import { printToPdf } from './support/print-pdf'
import { createVault, PASSPHRASE } from './support/vault-steps'

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
  await addClient(page, SWEDISH_SPEAKING_CLIENT)

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
  await finaliseSignedByClientOnPaper(page)
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

/**
 * A part of a screen speaks `language`: no raw key, no Finnish word of the app. These screens' own words are checked;
 * the menu and notices around them are every screen's (languages.spec.ts checks those).
 */
async function expectPartSpeaks(part: Locator, language: 'sv' | 'en') {
  const text = await part.innerText()
  expect(rawKeysIn(text), 'raw i18n keys').toEqual([])
  expect(finnishIn(text, language), 'Finnish left').toEqual([])
}

test('locking, client present, the access log, data requests and retention review in Swedish and English', async ({
  page,
  app,
  consoleErrors,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Ebba', lastName: 'Lindqvist', municipality: 'Vasa' })
  await page.getByRole('link', { name: 'Asetukset', exact: true }).click()
  await page.getByText('Svenska', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible()

  // Settings: locking and privacy, a PIN (with a Finland-Swedish validation message).
  const privacy = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Låsning och integritet' }) })
  await expectPartSpeaks(privacy, 'sv')
  await page.getByLabel('Ny PIN-kod (4–8 siffror)').fill('2468')
  await page.getByLabel('Lösenfras som bekräftelse', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Ställ in PIN-koden' }).click()
  await expect(page.getByTestId('pin-state')).toHaveText('PIN-koden är inställd.')
  await privacy.scrollIntoViewIfNeeded()
  await screenshot(page, 'sv-privacy-settings')

  // The client's page: client present, with a wrong PIN first.
  await page.getByRole('link', { name: 'Klienter', exact: true }).click()
  await page.getByRole('link', { name: 'Ebba Lindqvist' }).click()
  const dataSection = page.locator('section[aria-labelledby="client-data-title"]')
  await expect(dataSection.getByRole('heading', { name: 'Begäran om uppgifter och radering' })).toBeVisible()
  await expectPartSpeaks(dataSection, 'sv')
  await page.getByRole('button', { name: 'Klienten närvarande' }).click()
  const bar = page.getByTestId('client-present-bar')
  await expect(bar).toContainText('Klienten närvarande: bara den här klientens uppgifter visas.')
  await expectPartSpeaks(bar, 'sv')
  await bar.getByRole('button', { name: 'Avsluta' }).click()
  const dialog = page.getByRole('dialog', { name: 'Avsluta läget Klienten närvarande' })
  await dialog.getByLabel('PIN-kod').fill('1111')
  await dialog.getByRole('button', { name: 'Avsluta läget' }).click()
  await expect(dialog.getByText('Fel PIN-kod. Försök kvar innan lösenfrasen krävs: 4.')).toBeVisible()
  await expectPartSpeaks(dialog, 'sv')
  await expectNoAxeViolations(page)
  await screenshot(page, 'sv-client-present-end-dialog')
  await dialog.getByLabel('PIN-kod').fill('2468')
  await dialog.getByRole('button', { name: 'Avsluta läget' }).click()
  await expect(bar).toHaveCount(0)

  // The client's log, the whole log and the retention review: wholly Swedish, dates on screen the Finnish way.
  await page.getByRole('link', { name: 'Visa logguppgifterna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Logguppgifter/ })).toBeVisible()
  const log = page.getByTestId('audit-table')
  for (const words of ['Ändring', 'klient tillagd', 'Klienten närvarande började', 'Klienten närvarande avslutades']) {
    await expect(log).toContainText(words)
  }
  await expect(log).toContainText(/\d{1,2}\.\d{1,2}\.\d{4} \d{2}\.\d{2}/)
  await expect(page.getByTestId('audit-verification')).toContainText('Loggen är intakt')
  await expectPartSpeaks(page.locator('main'), 'sv')
  await screenshot(page, 'sv-audit-client-log')
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click()
  await page.getByRole('link', { name: 'Användningslogg' }).click()
  await expect(page.getByTestId('audit-table')).toContainText('Fel PIN-kod eller lösenfras')
  await expectPartSpeaks(page.locator('main'), 'sv')
  await expectNoAxeViolations(page)
  await screenshot(page, 'sv-audit-whole-log')
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click()
  await page.getByRole('link', { name: 'Granskning av förvaringstider' }).click()
  await expect(page.getByText('Inga klienter vars förvaringstid har gått ut.')).toBeVisible()
  await expectPartSpeaks(page.locator('main'), 'sv')

  // English.
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click()
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expectPartSpeaks(
    page.locator('form').filter({ has: page.getByRole('heading', { name: 'Locking and privacy' }) }),
    'en',
  )
  await page.getByRole('link', { name: 'Access log' }).click()
  await expect(page.getByTestId('audit-table')).toContainText('Wrong PIN or passphrase')
  await expectPartSpeaks(page.locator('main'), 'en')
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByRole('link', { name: 'Retention review' }).click()
  await expect(page.getByText('No clients whose retention period has passed.')).toBeVisible()
  await expectPartSpeaks(page.locator('main'), 'en')
  expect(consoleErrors).toEqual([])
})
