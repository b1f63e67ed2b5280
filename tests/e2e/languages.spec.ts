import type { Page } from '@playwright/test'
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
const profile = getFormDefinition('vocational-profile')!

/** The agreement as a coach writes it with a Swedish-speaking client: her own words in Swedish. */
const swedishClientsAgreement = {
  ...validAgreement,
  language: 'sv',
  clientGoal: 'Jag vill ha deltidsarbete i en butik.',
  coachResponsibilities: 'Arbetstränaren stöder jobbsökningen.',
  careTeamResponsibilities: 'Vårdenheten sköter vården.',
  meetingPlaceAndFrequency: 'Kafé Strand, varje vecka',
  contactLostPlan: 'Vi försöker på flera sätt.',
  serviceNetworkDetails: 'FPA:s Nuotti-coachning våren 2025',
  consents: (validAgreement.consents as Array<Record<string, unknown>>).map((row, index) => ({
    ...row,
    partyName: index === 0 ? 'Vasa psykiatriska poliklinik, Anna Berg' : 'FPA, Vasa byrå',
    purpose: index === 0 ? 'Att samordna arbetsträning och vård' : 'Förmånsrådgivning',
  })),
}

test.describe.configure({ timeout: 180_000 })

/** Lines of the engine without a translation are reported as console warnings; none may appear. */
function untranslatedLines(page: Page): string[] {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('[i18n]')) warnings.push(message.text())
  })
  return warnings
}

async function chooseMonth(page: Page, monthLabel: string, label: string) {
  const month = page.getByRole('combobox', { name: monthLabel })
  await month.click()
  await month.fill(label)
  await page.getByRole('option', { name: label, exact: true }).click()
}

test("a coach working in Finnish prints a Swedish-speaking client's agreement and calculation wholly in Swedish", async ({
  page,
  app,
  consoleErrors,
}) => {
  const untranslated = untranslatedLines(page)
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, SWEDISH_SPEAKING_CLIENT)

  // The coach fills the agreement in Finnish; the client's language of service is Swedish.
  await openNewForm(page, agreement.title)
  await fillForm(page, agreement, swedishClientsAgreement, PREFILLED)
  await waitForSaved(page)
  await finaliseSignedByClientOnPaper(page)

  // Its printout is Swedish through and through, while the toolbar above it stays in the coach's Finnish.
  await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
  await expect(page.getByRole('heading', { level: 1, name: swedishAgreement.title })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeVisible()
  await expectSpeaks(page, 'sv', 'printout')
  await screenshot(page, 'sv-print-agreement-page')
  await expectNoAxeViolations(page)
  const swedish = await printToPdf(page, 'sv-cooperation-agreement')
  expect(finnishIn(swedish.text, 'sv')).toEqual([])
  expect(rawKeysIn(swedish.text)).toEqual([])
  for (const words of [
    'Kontaktspråk',
    'svenska',
    'Samtycken till informationsutbyte',
    'Underskrifter',
    'Ort och datum',
  ]) {
    expect(swedish.text).toContain(words)
  }
  expect(swedish.text).toContain('Klientens mål med egna ord Jag vill ha deltidsarbete i en butik.')
  expect(swedish.text).toMatch(/på papper \d{1,2}\.\d{1,2}\.\d{4}/) // Finland-Swedish dates: d.M.yyyy
  const hash = /Innehållets kontrollsumma ([0-9a-f]{16})/.exec(swedish.text)?.[1]
  expect(hash).toBeDefined()

  // The same signed version printed in Finnish: the same content, the same checksum.
  await page.getByTestId('print-language').selectOption('fi')
  await expect(page.getByRole('heading', { level: 1, name: agreement.title })).toBeVisible()
  await expectSpeaks(page, 'fi', 'printout')
  const finnish = await printToPdf(page, 'fi-cooperation-agreement')
  expect(finnish.text).toContain(`Sisällön tunniste ${hash}`)
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await page.getByRole('link', { name: 'Takaisin asiakkaan sivulle' }).click()

  // A calculation in Finnish; its printout follows her agreement's language.
  await page.getByRole('button', { name: 'Laske' }).click()
  await chooseMonth(page, 'Kuukausi', 'kesäkuu 2026')
  await page.getByRole('button', { name: 'Lisää etuus' }).click()
  await page.getByRole('menuitem', { name: 'Kelan työkyvyttömyyseläke tai kuntoutustuki' }).click()
  await page.getByLabel('Määrä € / kk', { exact: true }).fill('700')
  await page.getByRole('button', { name: 'Lisää etuus' }).click()
  await page.getByRole('menuitem', { name: 'Yleinen asumistuki' }).click()
  await page.getByLabel('Hyväksytyt asumismenot € / kk').fill('550')
  await page.getByLabel('Bruttopalkka € / kk').fill('1100')
  await expect(page.getByTestId('calc-verdict')).toContainText('Tulot kasvavat')
  await page.getByRole('button', { name: 'Tallenna asiakkaalle' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeVisible()
  await page.getByRole('button', { name: 'Takaisin asiakkaan sivulle' }).click()
  await page.getByRole('link', { name: /^Tulosta laskelma/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hur arbetet inverkar på förmånerna' })).toBeVisible()
  await expect(page.locator('body[data-print-ready="true"]')).toHaveCount(1)
  await expectSpeaks(page, 'sv', 'printout')
  await screenshot(page, 'sv-print-calculation-page')
  const calculation = await printToPdf(page, 'sv-calculation')
  expect(calculation.pages).toBe(1)
  expect(finnishIn(calculation.text, 'sv')).toEqual([])
  expect(rawKeysIn(calculation.text)).toEqual([])
  for (const words of [
    'Lön 1 100,00 € / mån',
    'FPA:s sjukpension eller rehabiliteringsstöd',
    'Allmänt bostadsbidrag',
    'Inkomsterna ökar med',
    'Anmäl att du börjar arbeta och din lön till FPA.',
    'Kalkylens månad 6/2026',
  ]) {
    expect(calculation.text).toContain(words)
  }

  // An English courtesy copy: the same calculation, English words and English money.
  await page.getByTestId('print-language').selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'How work affects benefits' })).toBeVisible()
  await expectSpeaks(page, 'en', 'printout')
  const english = await printToPdf(page, 'en-calculation')
  expect(finnishIn(english.text, 'en')).toEqual([])
  expect(english.text).toContain('Pay €1,100.00 / month')
  expect(english.text).toContain('Report the start of the job and the pay to Kela.')
  expect(untranslated).toEqual([])
  expect(consoleErrors).toEqual([])
})

test('the app runs in Swedish and in English: every main screen, no raw keys, no Finnish left', async ({
  page,
  app,
  consoleErrors,
}) => {
  const untranslated = untranslatedLines(page)
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, SWEDISH_SPEAKING_CLIENT)

  // Settings → Language: Swedish, at once.
  await page.getByRole('link', { name: 'Asetukset', exact: true }).click()
  await page.getByText('Svenska', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Klienter' })).toBeVisible()
  await expectSpeaks(page, 'sv')
  await screenshot(page, 'sv-01-settings')
  await expectNoAxeViolations(page)

  const visit = async (link: string, heading: string | RegExp, name: string, language: 'sv' | 'en') => {
    await page.getByRole('link', { name: link, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expectSpeaks(page, language)
    if (language === 'sv') await screenshot(page, name)
  }
  await visit('Startsida', 'Startsida', 'sv-02-home', 'sv')
  await visit('Klienter', 'Klienter', 'sv-03-clients', 'sv')
  await page.getByRole('link', { name: 'Ebba Lindqvist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ebba Lindqvist' })).toBeVisible()
  await expectSpeaks(page, 'sv')
  await screenshot(page, 'sv-04-client')
  await expectNoAxeViolations(page)

  // A form in Swedish: the agreement's words come from the translation tables.
  await page.getByLabel('Välj blankett').selectOption({ label: localizeForm(profile, 'sv').title })
  await page.getByRole('button', { name: 'Ny blankett' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Yrkesprofil' })).toBeVisible()
  await expect(page.getByLabel('Arbetsmål med egna ord')).toBeVisible()
  await expectSpeaks(page, 'sv')
  await screenshot(page, 'sv-05-form-editor')
  await page.getByRole('link', { name: 'Tillbaka till klientens sida' }).click()

  // The calculator: its explanations in Swedish too.
  await page.getByRole('button', { name: 'Räkna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Räknare: Ebba Lindqvist' })).toBeVisible()
  await chooseMonth(page, 'Månad', 'juni 2026')
  await page.getByRole('button', { name: 'Lägg till förmån' }).click()
  await page.getByRole('menuitem', { name: 'Arbetspension (invalidpension eller rehabiliteringsstöd)' }).click()
  await page.getByLabel('Belopp € / mån', { exact: true }).fill('1200')
  await page.getByLabel('Bruttolön € / mån').fill('1500')
  await expect(page.getByTestId('calc-verdict')).toContainText('Inkomsterna')
  await expect(page.getByTestId('result-earnings-disability-pension')).toContainText(
    'Bruttolönen jämförs med inkomstgränsen varje månad.',
  )
  await expectSpeaks(page, 'sv')
  await screenshot(page, 'sv-06-calculator')
  await visit('Räknare', /^Räknare/, 'sv-06b-calculator-empty', 'sv')
  await page.getByRole('link', { name: 'Räknarens belopp' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Räknarens belopp' })).toBeVisible()
  await expectSpeaks(page, 'sv')
  await screenshot(page, 'sv-07-parameters')
  await visit('Arbetsgivare', 'Arbetsgivare', 'sv-08-employers', 'sv')
  await visit('Hjälp', 'Hjälp', 'sv-09-help', 'sv')

  // Locked: the lock screen speaks Swedish too, and so does the app after a reload.
  await page.getByRole('button', { name: 'Lås', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja är låst' })).toBeVisible()
  await expectSpeaks(page, 'sv')
  await screenshot(page, 'sv-10-locked')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja är låst' })).toBeVisible()
  await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Öppna', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Startsida' })).toBeVisible()

  // English.
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click()
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expectSpeaks(page, 'en')
  await visit('Home', 'Home', 'en-home', 'en')
  await visit('Clients', 'Clients', 'en-clients', 'en')
  await page.getByRole('link', { name: 'Ebba Lindqvist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ebba Lindqvist' })).toBeVisible()
  await expectSpeaks(page, 'en')
  await page.getByRole('button', { name: 'Continue draft: Vocational profile' }).click()
  await expect(page.getByLabel('Work goal in their own words')).toBeVisible()
  await expectSpeaks(page, 'en')
  await visit('Calculator', /^Calculator/, 'en-calculator', 'en')
  await visit('Employers', 'Employers', 'en-employers', 'en')
  await visit('Help', 'Help', 'en-help', 'en')
  await screenshot(page, 'en-help')
  expect(untranslated).toEqual([])
  expect(consoleErrors).toEqual([])
})
