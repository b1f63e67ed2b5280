import type { Page } from '@playwright/test'
import { addClient } from './support/client-steps'
import { addBenefit, benefitCard, chooseMonth, euro, expectPrintReady, saveButton } from './support/calculator-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { printToPdf } from './support/print-pdf'
import { createVault } from './support/vault-steps'

const EARNINGS = 'Työeläke (työkyvyttömyyseläke tai kuntoutustuki)'

/** axe at 1366 px and at 200 % zoom of a 1366 × 768 screen (683 × 384 CSS px), with a screenshot of each. */
async function checkBothSizes(page: Page, name: string) {
  await expectNoAxeViolations(page)
  await screenshot(page, `${name}-1366`)
  await page.setViewportSize({ width: 683, height: 384 })
  // Nothing of the screen is cut or makes the page scroll sideways (wide tables scroll in their own region).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683)
  await expectNoAxeViolations(page)
  await screenshot(page, `${name}-200pct`)
  await page.setViewportSize({ width: 1366, height: 768 })
}

test('enforcement on the whole income, the right housing allowance, and a one-page print that names the coach', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByLabel('Työhönvalmentajan nimi').fill('Ville Valmentaja')
  await page.getByLabel('Yksikkö', { exact: true }).fill('IPS-tiimi')
  await page.getByLabel(/^Hyvinvointialue tai muu organisaatio/).fill('Siun sote')
  await page.getByLabel('Puhelinnumero').fill('050 987 6543')
  await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click()
  await expect(page.getByText('Omat tiedot tallennettu.')).toBeVisible()
  await addClient(page, { firstName: 'Mikko', lastName: 'Laine', municipality: 'Kuopio' })
  await page.getByRole('button', { name: 'Laske' }).click()
  await chooseMonth(page, 'toukokuu 2025')

  // The spec's example (ulosottokaari 4:45): a partial earnings-related pension of 960 € and a net wage of 720 €.
  await addBenefit(page, EARNINGS)
  const earnings = benefitCard(page, EARNINGS)
  await earnings.getByRole('combobox', { name: 'Laji' }).click()
  await page.getByRole('option', { name: 'Osatyökyvyttömyyseläke', exact: true }).click()
  await earnings.getByLabel('Määrä € / kk', { exact: true }).pressSequentially('960')
  await addBenefit(page, 'Ulosotto')

  // The pensioner's housing allowance without a full pension: the screen suggests the general one and switches.
  await addBenefit(page, 'Eläkkeensaajan asumistuki')
  await benefitCard(page, 'Eläkkeensaajan asumistuki')
    .getByLabel('Hyväksytyt asumismenot € / kk')
    .pressSequentially('600')
  await expect(page.getByTestId('housing-suggestion')).toContainText('Laskelmassa ei ole täyttä eläkettä')
  await page.getByRole('button', { name: 'Vaihda yleiseksi asumistueksi' }).click()
  const housing = benefitCard(page, 'Yleinen asumistuki')
  await expect(housing.getByLabel('Hyväksytyt asumismenot € / kk')).toHaveValue('600,00')
  // The maximum accepted costs from the Kela decision, behind "Lisätiedot".
  await housing.getByRole('button', { name: 'Lisätiedot (valinnainen)' }).click()
  await housing.getByLabel('Enimmäisasumismenot € / kk').pressSequentially('550')

  await page.getByLabel('Bruttopalkka € / kk').pressSequentially('720')
  await page.getByLabel('Veroprosentti (verokortista)').pressSequentially('0')

  // Enforcement before → after: base 960 → 1 680 €, garnished 0 → 462,40 €, left 960 → 1 217,60 €.
  const enforcement = page.getByTestId('result-debt-enforcement')
  await expect(enforcement.getByTestId('enforcement-base')).toContainText(euro('960,00 €'))
  await expect(enforcement.getByTestId('enforcement-base')).toContainText(euro('1 680,00 €'))
  await expect(enforcement.getByTestId('enforcement-garnished')).toContainText(euro('0,00 €'))
  await expect(enforcement.getByTestId('enforcement-garnished')).toContainText(euro('462,40 €'))
  await expect(enforcement.getByTestId('enforcement-left')).toContainText(euro('1 217,60 €'))
  await expect(page.getByTestId('garnished-before')).toHaveText(euro('0,00 €'))
  await expect(page.getByTestId('garnished-after')).toHaveText(euro('−462,40 €'))
  await expect(page.getByTestId('total-after')).toHaveText(euro('1 280,95 €'))
  await expect(page.getByTestId('warnings')).toContainText(euro('enimmäisasumismenot 550,00 €'))
  // Dates as d.M.yyyy, sources as names that link.
  await expect(page.getByTestId('warnings')).toContainText('(1.1.2025 alkaen)')
  await expect(page.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0)
  const source = enforcement.getByRole('link', { name: 'Ulosottolaitos: Miten ulosmitattava määrä lasketaan' })
  await expect(source).toHaveAttribute('href', /^https:\/\/ulosottolaitos\.fi\//)
  await expect(page.getByText(/https?:\/\//)).toHaveCount(0)

  // Month by month: enforcement per month and over the year.
  await page.getByRole('button', { name: 'Näytä 12 kuukauden laskelma' }).click()
  for (const month of ['8/2025', '9/2025', '10/2025', '11/2025', '12/2025', '1/2026', '2/2026', '3/2026', '4/2026']) {
    await page.getByLabel(`Palkka ${month}`).fill('0')
  }
  await expect(page.getByTestId('year-garnished').first()).toHaveText(euro('−462,40 €'))
  await expect(page.getByTestId('year-garnished').nth(3)).toHaveText(euro('0,00 €'))
  await expect(page.getByTestId('year-garnished-totals')).toContainText(euro('työn kanssa 1 387,20 €'))
  await checkBothSizes(page, 'calculator-v2-01-calculator')

  // Saved: the inputs with their amounts, the results as computed by the core.
  await saveButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeVisible()
  const inputs = page.getByTestId('saved-benefits')
  await expect(inputs).toContainText(euro(`${EARNINGS}: Osatyökyvyttömyyseläke: 960,00 € / kk`))
  await expect(inputs).toContainText(
    euro('Yleinen asumistuki: asumismenot 600,00 € / kk, enimmäisasumismenot 550,00 € / kk'),
  )
  await expect(page.getByText('Veroprosentti 0 %')).toBeVisible()
  await expect(page.getByText('Elatettavia ulosotossa 0')).toBeVisible()
  await expect(page.getByTestId('enforcement-garnished')).toContainText(euro('462,40 €'))
  await checkBothSizes(page, 'calculator-v2-02-saved')

  // The one-page print: the coach, enforcement before → after, sources by name with a short address, no ISO date.
  const id = new URL(page.url()).hash.split('/').at(-1)!
  await page.evaluate((calculationId) => (window.location.hash = `#/print/calculation/${calculationId}`), id)
  await expect(page.getByTestId('print-coach')).toHaveText(
    'Laskelman laati Ville Valmentaja, IPS-tiimi, Siun sote. Yhteystiedot: 050 987 6543',
  )
  await expectPrintReady(page)
  const { pages, text } = await printToPdf(page, 'calculator-v2-summary')
  expect(pages).toBe(1)
  for (const expected of [
    'Laskelman laati Ville Valmentaja, IPS-tiimi, Siun sote. Yhteystiedot: 050 987 6543',
    'Ulosoton pohja 960,00 € → 1 680,00 €, ulosmitataan 0,00 € → 462,40 € / kk',
    'Yleinen asumistuki',
    'Ulosotto 12 kuukaudessa',
    'Ulosottolaitos: Miten ulosmitattava määrä lasketaan (ulosottolaitos.fi/',
    '1.1.2025 alkaen',
    'sivu 1/1',
  ]) {
    expect(text, expected).toContain(expected)
  }
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  expect(text).not.toContain('https://')

  // The parameters screen at both sizes.
  await page.evaluate(() => (window.location.hash = '#/calculator/parameters'))
  await expect(page.getByRole('heading', { level: 1, name: 'Laskurin luvut' })).toBeVisible()
  await checkBothSizes(page, 'calculator-v2-03-parameters')
})
