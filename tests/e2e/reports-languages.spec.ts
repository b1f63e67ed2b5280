import type { Page } from '@playwright/test'
import { FIDELITY_ITEMS } from '../../src-main/process'
import { REPORT_WORDS } from '../../src-main/core/reports/report-words'
import { pageInvoke, seedCaseloadThroughPage } from './support/caseload-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { expectSpeaks, finnishIn, rawKeysIn } from './support/language-checks'
import { printToPdf } from './support/print-pdf'
import { countPrints, downloadText } from './support/report-steps'
import { createVault } from './support/vault-steps'

test.describe.configure({ timeout: 240_000 })

/**
 * Finnish that lives outside the UI resources and so escapes `finnishIn`: the IPS-25 scale of the process engine,
 * the engine's explanations of its suggestions, and the words of the CSV files.
 */
const fi = REPORT_WORDS.fi
const CORE_FINNISH = [
  ...FIDELITY_ITEMS.flatMap((item) => [
    item.name,
    item.criterion,
    ...Object.values(item.anchors).filter((text): text is string => text !== null),
  ]),
  'asiakasta valmentajaa kohden',
  'Aktiivisia asiakkaita',
  'työsuhdetta',
  'Jaksolla',
  'Kasvokkaiset tapaamiset',
  ...fi.figureColumns,
  ...Object.values(fi.figures),
  ...Object.values(fi.benchmarks),
  ...Object.values(fi.closures),
  ...fi.rowColumns,
  fi.title.results,
  fi.noEmployerContactYet,
].filter((text) => text.length >= 5)

function coreFinnishIn(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ')
  return CORE_FINNISH.filter((finnish) => flat.includes(finnish))
}

async function expectLanguage(page: Page, language: 'sv' | 'en', where: 'app' | 'printout' = 'app') {
  await expectSpeaks(page, language, where)
  const text = await (where === 'app' ? page.locator('body') : page.getByTestId('print-document')).innerText()
  expect(coreFinnishIn(text), `Finnish of the core on a screen in ${language}`).toEqual([])
}

const expectSwedish = (page: Page, where: 'app' | 'printout' = 'app') => expectLanguage(page, 'sv', where)

/** A printout's PDF: no raw key, no Finnish of the app or of the core. */
async function expectPdfIn(page: Page, language: 'sv' | 'en', name: string) {
  const { text } = await printToPdf(page, name)
  expect(rawKeysIn(text)).toEqual([])
  expect(finnishIn(text, language)).toEqual([])
  expect(coreFinnishIn(text)).toEqual([])
  return text
}

const item = (page: Page, number: number) => page.getByTestId(`fidelity-item-${number}`)

test('Reports and the IPS-25 review in Swedish and English: screens, printouts and CSV files with no Finnish left', async ({
  page,
  app,
}) => {
  await countPrints(page)
  await page.goto(app.url)
  await createVault(page)
  await seedCaseloadThroughPage(page)
  await pageInvoke(page)('settings-coach-set', { name: 'Vera Lind', unit: 'Vasa IPS-team' })
  await page.reload() // the app read the coach's details at unlock

  await page.getByRole('link', { name: 'Asetukset', exact: true }).click()
  await page.getByText('Svenska', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible()

  // The home page's reminders say what is due and why, in Swedish.
  await page.getByRole('link', { name: 'Startsida', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Veckans uppgifter' })).toBeVisible()
  await expect(page.getByText('Klienten nås inte').first()).toBeVisible()
  await expectSwedish(page)
  await screenshot(page, 'sv-home-reminders')

  // Reports: figures, benchmarks, charts and their tables.
  await page.getByRole('link', { name: 'Rapporter', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible()
  await expect(page.getByTestId('report-figures')).toContainText('Klienter i tjänsten under perioden')
  await expectSwedish(page)
  await expectNoAxeViolations(page)
  await screenshot(page, 'sv-reports')

  // The CSV files: headers in the app's language, numbers as Finnish Excel reads them.
  for (const button of ['Spara CSV', 'Anonymiserad fil för teamledaren']) {
    const file = await downloadText(page, button)
    expect(file.name).toMatch(/^arbetstraning-/)
    expect(file.text).toContain('Arbetsträningens resultat')
    expect(coreFinnishIn(file.text), `Finnish in ${file.name}`).toEqual([])
    expect(finnishIn(file.text, 'sv'), `Finnish in ${file.name}`).toEqual([])
  }

  // The A4 report.
  await page.getByRole('button', { name: 'Skriv ut' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Arbetsträningens resultat' })).toBeVisible()
  await expectSwedish(page, 'printout')
  expect(await expectPdfIn(page, 'sv', 'sv-report')).toContain('Hur siffrorna räknas')
  await page.getByRole('button', { name: 'Tillbaka' }).click()

  // The IPS-25 review: items, anchors and the records' explanations in Swedish.
  await page.getByRole('link', { name: 'Kvalitetsbedömning', exact: true }).click()
  await page.getByRole('button', { name: 'Ny bedömning' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ny IPS-25-kvalitetsbedömning' })).toBeVisible()
  await expect(item(page, 1).getByTestId('fidelity-suggestion')).toContainText('klienter per arbetstränare')
  await expect(item(page, 1)).toContainText('Antal klienter per arbetstränare')
  for (let number = 2; number <= 25; number++) {
    const radios = item(page, number).getByRole('radio')
    const checked = await radios.evaluateAll((inputs) => inputs.some((input) => (input as HTMLInputElement).checked))
    if (!checked) await item(page, number).getByRole('radio', { name: /^4 – / }).check()
  }
  await expect(page.getByTestId('fidelity-band')).toContainText('Nivå:')
  await expectSwedish(page)
  await expectNoAxeViolations(page)
  await screenshot(page, 'sv-fidelity-form')
  await page.getByRole('button', { name: 'Spara bedömningen' }).click()
  await expect(page.getByText('Bedömningen har sparats.')).toBeVisible()

  await page.getByRole('button', { name: 'Skriv ut' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'IPS-25-kvalitetsbedömning' })).toBeVisible()
  await expect(page.getByTestId('print-fidelity-item')).toHaveCount(25)
  await expectSwedish(page, 'printout')
  const review = await expectPdfIn(page, 'sv', 'sv-fidelity-review')
  expect(review).toContain('Anteckningarnas förslag')
  expect(review).toContain('Vasa IPS-team')
  await page.getByRole('button', { name: 'Tillbaka' }).click()
  await page.getByRole('link', { name: 'Kvalitetsbedömning', exact: true }).click()
  await expectSwedish(page)
  await screenshot(page, 'sv-fidelity-list')

  // The same documents in English: the coach's own documents follow the app's language.
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click()
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await page.getByRole('link', { name: 'Reports', exact: true }).click()
  await expect(page.getByTestId('report-figures')).toContainText('Clients in the service in the period')
  await expectLanguage(page, 'en')
  const csv = await downloadText(page, 'Save CSV')
  expect(csv.name).toMatch(/^job-coaching-results-/)
  expect(coreFinnishIn(csv.text)).toEqual([])
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Results of job coaching' })).toBeVisible()
  await expectLanguage(page, 'en', 'printout')
  expect(await expectPdfIn(page, 'en', 'en-report')).toContain('How the figures are counted')
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('link', { name: 'Fidelity review', exact: true }).click()
  await page.getByRole('link', { name: /^Open the review of / }).click()
  await expect(item(page, 1)).toContainText('Caseload size')
  await expectLanguage(page, 'en')
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'IPS-25 fidelity review' })).toBeVisible()
  await expectLanguage(page, 'en', 'printout')
  expect(await expectPdfIn(page, 'en', 'en-fidelity-review')).toContain('Suggested by the records')
})
