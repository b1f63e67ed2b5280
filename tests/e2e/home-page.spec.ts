import { createClientsByApi } from './support/calculator-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { openNewForm, waitForSaved } from './support/forms-steps'
import { createVault } from './support/vault-steps'

test('the home page lists who was worked on last, forms included, and each phase count opens those clients', async ({
  page,
  app,
}) => {
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
  await expect(page.getByRole('columnheader', { name: 'Viimeksi työstetty' })).toBeVisible()
  await screenshot(page, 'home-recent-and-phases')
  await expectNoAxeViolations(page)

  // Phase 3 has two open clients (Sanna's coaching has ended); the count opens exactly them.
  await page.getByRole('link', { name: '2 avointa asiakasta: 3 Työnhaku' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible()
  await expect(page.getByLabel('Vaihe (avoimet asiakkaat)')).toHaveValue('3')
  await expect(page.getByTestId('client-count')).toHaveText('2 asiakasta')
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Eero Laine', 'Aino Virtanen'])
  await expectNoAxeViolations(page)

  // No phase yet: Pia. All clients again with the select, keyboard only.
  await page.getByRole('link', { name: 'Etusivu' }).click()
  await page.getByRole('link', { name: '1 avoin asiakas: Ei vaihetta' }).click()
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Pia Koski'])
  await page.getByLabel('Vaihe (avoimet asiakkaat)').selectOption({ label: 'Kaikki asiakkaat' })
  await expect(page.getByTestId('client-count')).toHaveText('5 asiakasta')
  await expect(page).not.toHaveURL(/phase=/)
})
