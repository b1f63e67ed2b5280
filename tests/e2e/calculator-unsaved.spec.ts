import { addClient } from './support/client-steps'
import { addBenefit, benefitCard, chooseMonth, euro } from './support/calculator-steps'
import { expect, test } from './support/fixtures'
import { createVault } from './support/vault-steps'

const KELA = 'Kelan työkyvyttömyyseläke tai kuntoutustuki'

test("the calculator's input survives moving around the app, is asked about before a reload, and never reaches web storage", async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Liisa', lastName: 'Koski' })
  await page.getByRole('button', { name: 'Laske' }).click()
  await chooseMonth(page, 'kesäkuu 2026')
  await addBenefit(page, KELA)
  await benefitCard(page, KELA).getByLabel('Määrä € / kk', { exact: true }).pressSequentially('712,35')
  await page.getByLabel('Bruttopalkka € / kk').pressSequentially('1 050')
  await expect(page.getByTestId('total-before')).toHaveText(euro('712,35 €'))

  // To the client list and back: everything is still there, and the screen says it has not been saved.
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible()
  await page.goBack()
  await expect(page.getByTestId('calc-restored')).toContainText('Jatkat laskelmaa, jota et ole vielä tallentanut')
  await expect(benefitCard(page, KELA).getByLabel('Määrä € / kk', { exact: true })).toHaveValue('712,35')
  await expect(page.getByLabel('Bruttopalkka € / kk')).toHaveValue('1 050,00')
  await expect(page.getByTestId('total-before')).toHaveText(euro('712,35 €'))

  // The input is kept in memory only: nothing of it in sessionStorage or localStorage.
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))
  expect(stored).not.toContain('712')
  expect(stored).not.toContain('1 050')

  // A reload asks first; staying keeps the input.
  const dialog = page.waitForEvent('dialog')
  void page.evaluate(() => window.location.reload())
  const question = await dialog
  expect(question.type()).toBe('beforeunload')
  await question.dismiss()
  await expect(page.getByLabel('Bruttopalkka € / kk')).toHaveValue('1 050,00')

  // "Aloita alusta" forgets it: the form is as the client's record has it, and a reload no longer asks.
  await page.getByRole('button', { name: 'Aloita alusta' }).click()
  await expect(page.getByLabel('Bruttopalkka € / kk')).toHaveValue('')
  await expect(page.getByTestId('benefit-row')).toHaveCount(0)
  page.on('dialog', (unexpected) => {
    throw new Error(`unexpected ${unexpected.type()} dialog`)
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Laskuri: Liisa Koski' })).toBeVisible()
})
