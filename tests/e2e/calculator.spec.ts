import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { addBenefit, chooseMonth, euro, expectPrintReady } from './support/calculator-steps'
import { printToPdf } from './support/print-pdf'
import { createVault } from './support/vault-steps'

test('a coach calculates what a 1 100 € wage does to a Kela pension and housing allowance, saves and prints', async ({
  page,
  app,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen', municipality: 'Joensuu' })

  // From the client page: "Laske" opens the calculator for her.
  await expect(page.getByRole('heading', { name: 'Laskelmat' })).toBeVisible()
  await expect(page.getByText('Ei tallennettuja laskelmia.')).toBeVisible()
  await page.getByRole('button', { name: 'Laske' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Laskuri: Aino Virtanen' })).toBeVisible()
  await chooseMonth(page, 'kesäkuu 2026')

  // Her benefits: Kela disability pension 700 €/month and general housing allowance (costs 550 €/month).
  await addBenefit(page, 'Kelan työkyvyttömyyseläke tai kuntoutustuki')
  await page.getByLabel('Määrä € / kk', { exact: true }).fill('700')
  await addBenefit(page, 'Yleinen asumistuki')
  await page.getByLabel('Hyväksytyt asumismenot € / kk').fill('550')
  await expect(page.getByTestId('calc-waiting')).toContainText('Bruttopalkka € / kk')

  // A wage of 1 100 €/month: results appear as she types.
  await page.getByLabel('Bruttopalkka € / kk').fill('1100')
  const kela = page.getByTestId('result-kela-disability-pension')
  const housing = page.getByTestId('result-housing-allowance')
  await expect(kela.getByText('Yli tulorajan')).toBeVisible()
  await expect(kela.getByTestId('amount-before')).toHaveText(euro('700,00 €'))
  await expect(kela.getByTestId('amount-after')).toHaveText(euro('0,00 €'))
  await expect(kela.getByTestId('limit')).toHaveText(euro('Tuloraja 990,90 € / kk'))
  await expect(kela.getByText('Arvio', { exact: true })).toBeVisible() // the 2026 floor is an estimate
  await expect(housing.getByText('Pienenee')).toBeVisible()
  await expect(housing.getByTestId('amount-before')).toHaveText(euro('385,00 €'))
  await expect(housing.getByTestId('amount-after')).toHaveText(euro('266,35 €'))
  await expect(page.getByTestId('total-before')).toHaveText(euro('1 085,00 €'))
  await expect(page.getByTestId('total-after')).toHaveText(euro('1 366,35 €'))
  await expect(page.getByTestId('calc-verdict')).toHaveText(euro('Tulot kasvavat 281,35 € kuukaudessa.'))
  // …but the job stops the pension: the headline also says what the highest wage that keeps it gives.
  await expect(page.getByTestId('calc-keep-pension')).toHaveText(
    euro(
      'Työ keskeyttää eläkkeen. Palkalla enintään 990,90 € / kk eläke säilyy, ja tulot kasvavat silloin 665,40 € kuukaudessa.',
    ),
  )
  await expect(page.getByTestId('break-even')).toContainText(euro('990,90 € / kk'))
  await expect(page.getByTestId('warnings')).toContainText('Ilmoita työn aloittamisesta ja palkasta Kelaan.')
  await screenshot(page, 'calculator-01-results')
  await expectNoAxeViolations(page)

  // €/hour × hours/week: 13 €/h × 20 h = 1 126,67 €/month; the pension limit is reached at 17,5 h/week.
  await page.getByText('€ / tunti × tuntia / viikko').click()
  await page.getByLabel('Tuntipalkka € / h').fill('13')
  await page.getByLabel('Työtunnit viikossa').fill('20')
  await expect(page.getByTestId('monthly-from-hourly')).toContainText(euro('1 126,67 €'))
  await expect(page.getByTestId('break-even')).toContainText('17,5 h / vko')
  await expect(kela.getByText('Yli tulorajan')).toBeVisible()

  // 12 months: a summer job of three months over the limit suspends the pension.
  await page.getByRole('button', { name: 'Näytä 12 kuukauden laskelma' }).click()
  await expect(page.getByTestId('year-row')).toHaveCount(12)
  for (const month of ['9/2026', '10/2026', '11/2026', '12/2026', '1/2027', '2/2027', '3/2027', '4/2027', '5/2027']) {
    await page.getByLabel(`Palkka ${month}`).fill('0')
  }
  await expect(page.getByTestId('year-row').filter({ hasText: 'Yli rajan' })).toHaveCount(3)
  await expect(page.getByTestId('year-outcome')).toContainText(
    'yli rajan 6/2026–8/2026 (3 kk): 3 kuukautta peräkkäin, eläke keskeytetään',
  )
  await expect(page.getByText('Kuukausille 1/2027 alkaen ei ole vielä virallisia lukuja')).toBeVisible()
  await screenshot(page, 'calculator-02-hourly-and-year')
  await expectNoAxeViolations(page)

  // Back to €/month and save: the saved calculation opens, unchanged.
  await page.getByText('€ / kuukausi', { exact: true }).click()
  await page.getByRole('button', { name: 'Tallenna asiakkaalle' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeVisible()
  await expect(page.getByTestId('saved-wage')).toHaveText(euro('Palkka 1 100,00 € / kk'))
  await expect(page.getByTestId('result-kela-disability-pension').getByText('Yli tulorajan')).toBeVisible()
  await expect(page.getByTestId('year-outcome')).toContainText('eläke keskeytetään')
  const firstCalculationUrl = page.url()
  await screenshot(page, 'calculator-03-saved')

  // Kela publishes the 2026 figure: the coach updates it with its source.
  await page.getByRole('link', { name: 'Laskuri' }).click()
  await page.getByRole('link', { name: 'Laskurin luvut' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Laskurin luvut' })).toBeVisible()
  await expect(page.getByTestId('parameter-table').getByText('Arvio').first()).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Tallenna uusi luku' }).click()
  await expect(page.getByText('Kirjoita lähde, josta luku on.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Mikä luku' }).fill('Täysi takuueläke')
  await page.getByRole('option', { name: /Täysi takuueläke/ }).click()
  await page.getByLabel('Voimassa alkaen').fill('1.1.2026')
  await page.getByLabel(/Uusi arvo/).fill('1200')
  await page.getByLabel('Lähde (verkko-osoite tai asiakirja)').fill('https://www.kela.fi/takuuelake')
  await page.getByLabel('Päivittäjän nimi').fill('Maija Valmentaja')
  await page.getByRole('button', { name: 'Tallenna uusi luku' }).click()
  await expect(page.getByTestId('parameter-history')).toContainText('Maija Valmentaja')
  await expect(page.getByTestId('parameter-history')).toContainText('Kela: Takuueläke')
  await expect(page.getByTestId('parameter-history')).toContainText(euro('1 200,00 € / kk'))
  await screenshot(page, 'calculator-04-parameters')

  // The saved calculation keeps the figure it was made with.
  await page.goto(firstCalculationUrl)
  await expect(page.getByTestId('result-kela-disability-pension').getByText('Yli tulorajan')).toBeVisible()
  await expect(page.getByTestId('result-kela-disability-pension').getByTestId('limit')).toHaveText(
    euro('Tuloraja 990,90 € / kk'),
  )

  // A new calculation from the client page starts from her recorded benefits and uses the new figure.
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('link', { name: 'Aino Virtanen' }).click()
  await page.getByRole('button', { name: 'Laske' }).click()
  await expect(page.getByText(/Etuudet haettiin asiakkaan tiedoista/)).toBeVisible()
  await expect(page.getByTestId('calc-restored')).toHaveCount(0) // the saved input is not offered again
  await expect(page.getByLabel('Määrä € / kk', { exact: true })).toHaveValue('700,00')
  await chooseMonth(page, 'kesäkuu 2026')
  await page.getByLabel('Bruttopalkka € / kk').fill('1100')
  await expect(page.getByTestId('result-kela-disability-pension').getByText('Tulorajan alla')).toBeVisible()
  await expect(page.getByTestId('result-kela-disability-pension').getByTestId('limit')).toHaveText(
    euro('Tuloraja 1 200,00 € / kk'),
  )
  await page.getByRole('button', { name: 'Tallenna asiakkaalle' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeVisible()

  // Both are listed on her page with their dates; print the first one.
  await page.getByRole('button', { name: 'Takaisin asiakkaan sivulle' }).click()
  await expect(page.getByTestId('client-calculations').getByRole('row')).toHaveCount(3)
  await screenshot(page, 'calculator-05-client-page')
  await page
    .getByRole('link', { name: /^Tulosta laskelma/ })
    .last()
    .click()
  await expect(page.getByTestId('print-document')).toBeVisible()
  await expect(page.getByTestId('print-wage')).toHaveText(euro('Palkka 1 100,00 € / kk'))
  await screenshot(page, 'calculator-06-print-page')
  await expectPrintReady(page)
  const { pages: totalPages, text: flat } = await printToPdf(page, 'calculator-summary')
  expect(totalPages).toBe(1)
  for (const expected of [
    'Miten työ vaikuttaa etuuksiin',
    'Aino Virtanen',
    'Palkka 1 100,00 € / kk',
    'Kelan työkyvyttömyyseläke tai kuntoutustuki',
    '700,00 €',
    '0,00 €',
    'Yli tulorajan',
    'Yleinen asumistuki',
    '385,00 €',
    '266,35 €',
    '1 085,00 €',
    '1 366,35 €',
    'Työ keskeyttää eläkkeen. Palkalla enintään 990,90 € / kk eläke säilyy',
    'sivu 1/1',
  ]) {
    expect(flat, expected).toContain(expected)
  }

  expect(consoleErrors).toEqual([])
})
