import { addClient } from './support/client-steps'
import {
  addBenefit,
  benefitCard,
  chooseMonth,
  createClientsByApi,
  euro,
  pasteInto,
  saveButton,
} from './support/calculator-steps'
import { expect, screenshot, test } from './support/fixtures'
import { createVault } from './support/vault-steps'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const KELA = 'Kelan työkyvyttömyyseläke tai kuntoutustuki'

test('money typed key by key and pasted is read as a coach means it; a wrong figure cannot be saved', async ({
  page,
  app,
}) => {
  test.setTimeout(150_000)
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen', municipality: 'Joensuu' })
  // Eleven more Virtanens: the picker offers only the first eight of them.
  const firstNames = ['Anna', 'Antti', 'Eero', 'Elina', 'Juha', 'Kari', 'Laura', 'Mari', 'Pekka', 'Sari', 'Timo']
  await createClientsByApi(
    page,
    firstNames.map((firstName) => ({ firstName, lastName: 'Virtanen' })),
  )

  // From the navigation: no client yet.
  await page.getByRole('link', { name: 'Laskuri' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Laskuri: miten palkka vaikuttaa etuuksiin' })).toBeVisible()
  await chooseMonth(page, 'kesäkuu 2026')
  await addBenefit(page, KELA)
  const pension = benefitCard(page, KELA).getByLabel('Määrä € / kk', { exact: true })

  // 712,35 typed key by key stays 712,35 (it used to leave 35), and nothing is red while typing.
  await pension.pressSequentially('712,35')
  await expect(pension).toHaveValue('712,35')
  await expect(page.getByText(/Anna luku/)).toHaveCount(0)
  await page.getByLabel('Bruttopalkka € / kk').pressSequentially('1100')
  const kela = page.getByTestId('result-kela-disability-pension')
  await expect(kela.getByTestId('amount-before')).toHaveText(euro('712,35 €'))

  // 12,50 €/h typed key by key stays 12,50: 12,50 × 20 h × 52 / 12 = 1 083,33 €/month.
  await page.getByText('€ / tunti × tuntia / viikko').click()
  const hourly = page.getByLabel('Tuntipalkka € / h')
  await hourly.pressSequentially('12,50')
  await expect(hourly).toHaveValue('12,50')
  await page.getByLabel('Työtunnit viikossa', { exact: true }).pressSequentially('20')
  await expect(page.getByTestId('monthly-from-hourly')).toContainText(euro('1 083,33 €'))
  await expect(kela.getByTestId('amount-after')).toHaveText(euro('0,00 €'))
  // The job stops the pension: the headline also says what the highest wage that keeps it gives.
  await expect(page.getByTestId('calc-keep-pension')).toContainText(euro('enintään 990,90 € / kk'))
  await expect(page.getByTestId('calc-keep-pension')).toContainText('noin 18,2 h / vko')

  // Pasting 13.50 and 12.50: the dot is the decimal separator (not 1 350 or 1 250 €/h).
  await pasteInto(page, hourly, '13.50')
  await expect(hourly).toHaveValue('13,50')
  await expect(page.getByTestId('monthly-from-hourly')).toContainText(euro('1 170,00 €'))
  await pasteInto(page, hourly, '12.50')
  await expect(page.getByTestId('monthly-from-hourly')).toContainText(euro('1 083,33 €'))

  // Pasting 650,10 and back 712,35 into the pension; pasting "1 234,50" as a monthly wage.
  await pasteInto(page, pension, '650,10')
  await expect(kela.getByTestId('amount-before')).toHaveText(euro('650,10 €'))
  await pasteInto(page, pension, '712,35')
  await expect(kela.getByTestId('amount-before')).toHaveText(euro('712,35 €'))
  await page.getByText('€ / kuukausi', { exact: true }).click()
  const gross = page.getByLabel('Bruttopalkka € / kk')
  await pasteInto(page, gross, '1 234,50')
  await expect(page.getByTestId('calc-summary')).toContainText(euro('1 234,50 €'))
  await gross.blur()
  await expect(gross).toHaveValue('1 234,50')

  // The client is picked by typing: only a few matches are offered, never the whole register.
  const picker = page.getByRole('combobox', { name: 'Asiakas' })
  await picker.pressSequentially('Virt')
  await expect(page.getByRole('option')).toHaveCount(8)
  await expect(page.getByText('Näytetään 8 ensimmäistä. Tarkenna hakua.')).toBeVisible()
  await picker.pressSequentially('anen Ai')
  await expect(page.getByRole('option')).toHaveCount(1)
  await page.getByRole('option', { name: /Aino Virtanen/ }).click()
  await expect(picker).toHaveValue('Aino Virtanen')
  await expect(saveButton(page)).toBeEnabled()

  // Hours that are not a number: no result, no saving, and the reason only once the field is left.
  const hours = page.getByLabel('Työtunnit viikossa (jos tiedossa)')
  await expect(hours).toHaveValue('20') // the hours given with the hourly wage stay
  await hours.fill('')
  await hours.pressSequentially('20,5 h/vko')
  await expect(hours).toHaveValue('20,5 h/vko')
  await expect(saveButton(page)).toBeDisabled()
  await expect(page.getByTestId('calc-waiting')).toContainText('Työtunnit viikossa')
  await expect(page.getByTestId('calc-summary')).toHaveCount(0)
  await expect(page.getByText('Anna luku numeroina, esimerkiksi 1 234,50.')).toHaveCount(0)
  await hours.press('Tab')
  await expect(page.getByText('Anna luku numeroina, esimerkiksi 1 234,50.')).toBeVisible()
  await screenshot(page, 'calculator-numbers-01-error-after-blur')
  await hours.fill('20,5')
  await expect(saveButton(page)).toBeEnabled()
  // Three decimals in euros are refused rather than rounded away.
  await gross.fill('1234,555')
  await expect(page.getByText('Enintään 2 desimaalia.')).toBeVisible()
  await expect(saveButton(page)).toBeDisabled()
  await gross.fill('1234,50')
  await expect(saveButton(page)).toBeEnabled()

  // The care allowance ends with the pension: the highest disability allowance replaces it.
  await addBenefit(page, 'Eläkettä saavan hoitotuki')
  await benefitCard(page, 'Eläkettä saavan hoitotuki')
    .getByLabel('Määrä € / kk', { exact: true })
    .pressSequentially('100')
  await expect(page.getByTestId('care-replacement')).toContainText('Ylin vammaistuki (hoitotuen tilalle)')

  // Two months over the limit in the 12-month view: a work trial, the pension is paid.
  await page.getByRole('button', { name: 'Näytä 12 kuukauden laskelma' }).click()
  await expect(page.getByLabel('Palkka 6/2026')).toHaveValue('1 234,50')
  for (const month of [
    '8/2026',
    '9/2026',
    '10/2026',
    '11/2026',
    '12/2026',
    '1/2027',
    '2/2027',
    '3/2027',
    '4/2027',
    '5/2027',
  ]) {
    await page.getByLabel(`Palkka ${month}`).fill('0')
  }
  await expect(page.getByTestId('work-trial')).toHaveCount(2)
  await expect(page.getByTestId('year-outcome')).toContainText('voidaan katsoa työkokeiluksi')
  await screenshot(page, 'calculator-numbers-02-year')

  // Saved: the inputs list every benefit with its amount.
  await saveButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeVisible()
  await expect(page.getByTestId('saved-wage')).toHaveText(euro('Palkka 1 234,50 € / kk'))
  await expect(page.getByTestId('saved-benefits')).toContainText(euro(`${KELA}: 712,35 € / kk`))
  await expect(page.getByTestId('saved-benefits')).toContainText(euro('Eläkettä saavan hoitotuki: 100,00 € / kk'))
  await expect(page.getByText('Aino Virtanen · tallennettu')).toBeVisible()
})
