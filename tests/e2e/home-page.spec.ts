import { createClientsByApi } from './support/calculator-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { openNewForm, waitForSaved } from './support/forms-steps'
import { createVault } from './support/vault-steps'

test('the home page lists who was worked on last, forms included', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await createClientsByApi(page, [
    { firstName: 'Aino', lastName: 'Virtanen', phase: 3 },
    { firstName: 'Eero', lastName: 'Laine', phase: 3 },
    { firstName: 'Sanna', lastName: 'Heikkinen', phase: 3, status: 'closed' },
    { firstName: 'Mikko', lastName: 'Järvinen', phase: 1 },
    { firstName: 'Pia', lastName: 'Koski' },
  ])
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('link', { name: 'Etusivu' }).click()
  const recent = page.getByRole('table').getByRole('link')
  await expect(recent.first()).toHaveText('Pia Koski')

  // A morning's work on Aino's job-search plan, not her details, puts her first.
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('link', { name: 'Aino Virtanen' }).click()
  await openNewForm(page, 'Työnhakusuunnitelma')
  await page.getByLabel('Työtavoite omin sanoin').pressSequentially('Osa-aikatyö varastossa')
  await waitForSaved(page)
  await page.getByRole('link', { name: 'Etusivu' }).click()
  await expect(recent.first()).toHaveText('Aino Virtanen')
  await expect(page.getByRole('columnheader', { name: 'Käsitelty' })).toBeVisible()
  await screenshot(page, 'home-recent-and-phases')
  await expectNoAxeViolations(page)
  // The phase counts and the list they open: client-list.spec.ts.
})
