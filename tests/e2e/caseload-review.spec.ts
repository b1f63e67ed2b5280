import type { Page } from '@playwright/test'
import { seedCaseloadThroughPage } from './support/caseload-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { createVault } from './support/vault-steps'

test.describe.configure({ timeout: 180_000 })

const dueItem = (page: Page, name: string) => page.getByTestId('due-item').filter({ hasText: name })

test('Etusivu: what is due this week and why; a contact logged from the list clears its item', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  const seeded = await seedCaseloadThroughPage(page)
  await expect(page.getByRole('heading', { name: 'Tämän viikon tehtävät' })).toBeVisible()

  // Six reminders, the overdue ones first, each with its reason in plain Finnish.
  const items = page.getByTestId('due-item')
  await expect(items).toHaveCount(6)
  await expect(items.nth(0)).toContainText(seeded.names.unreachable)
  await expect(items.nth(0)).toContainText('Myöhässä 10 päivää')
  await expect(items.nth(0)).toContainText('Asiakasta ei tavoiteta')
  await expect(dueItem(page, seeded.names.quiet)).toContainText('Myöhässä 4 päivää')
  await expect(dueItem(page, seeded.names.quiet)).toContainText('ei ole tavattu eikä tavoitettu kolmeen viikkoon')
  await expect(dueItem(page, seeded.names.inWork)).toContainText('Tuki työssä')
  await expect(dueItem(page, seeded.names.newClient)).toContainText('Ensimmäinen työnantajakäynti')
  await expect(dueItem(page, seeded.names.jobStarts)).toContainText('Tuki työn alkaessa')
  await expect(dueItem(page, seeded.names.maintenance)).toContainText('Ylläpitävän tuen yhteydenotto')
  for (const nobody of [seeded.names.closed, seeded.names.referred, seeded.names.studying]) {
    await expect(dueItem(page, nobody)).toHaveCount(0)
  }

  // The caseload against the recommended maximum, and who is still waiting to start.
  await expect(page.getByTestId('caseload-size')).toHaveText('7 aktiivista asiakasta, suositus enintään 30')
  await expect(page.getByTestId('not-entered')).toContainText('1 asiakas odottaa aloitusta')
  await expect(page.getByTestId('phase-count-3')).toContainText('2')
  await expect(page.getByTestId('phase-count-none')).toContainText('1') // Eeva, waiting to start: no phase yet
  await expect(page.getByTestId('backup-reminder')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'home-caseload-review')

  // One click from Aino's reminder to the contact dialog, about her, a meeting today; Ctrl+Enter saves.
  await dueItem(page, seeded.names.quiet)
    .getByRole('button', { name: /Kirjaa käynti/ })
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Kirjaus')).toBeFocused()
  await page.keyboard.type('Soitin Ainolle, sovittiin tapaaminen kirjastoon.')
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toHaveCount(0)
  await expect(dueItem(page, seeded.names.quiet)).toHaveCount(0)
  await expect(items).toHaveCount(5)

  // The first employer contact: the dialog opens as an employer contact; the coach picks the employer.
  await dueItem(page, seeded.names.newClient)
    .getByRole('button', { name: /Kirjaa työnantajakäynti/ })
    .click()
  await expect(dialog.getByRole('radio', { name: 'Työnantaja' })).toBeChecked()
  await dialog.getByRole('combobox', { name: 'Työnantaja' }).fill('Kahvila')
  await page.getByRole('option', { name: 'Kahvila Aurora' }).click()
  await dialog.getByLabel('Kirjaus').fill('Esittelin Mikon osaamista vuoropäällikölle.')
  await expectNoAxeViolations(page)
  await screenshot(page, 'home-log-employer-contact')
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(dueItem(page, seeded.names.newClient)).toHaveCount(0)
  await expect(items).toHaveCount(4)

  // A phase count opens the client list filtered to that phase.
  await page.getByTestId('phase-count-3').click()
  await expect(page.getByLabel('IPS-vaihe')).toHaveValue('3')
  await expect(page.getByLabel('Tila')).toHaveValue('open')
  await expect(page.getByTestId('client-count')).toHaveText('2 asiakasta')
  await expect(page.getByRole('link', { name: seeded.names.unreachable })).toBeVisible()
  await expect(page.getByRole('link', { name: seeded.names.studying })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click()
  await expect(page.getByTestId('client-count')).toHaveText('9 asiakasta')

  // Readable at 200 % zoom of a 1366 × 768 screen.
  await page.getByRole('link', { name: 'Etusivu' }).click()
  await page.setViewportSize({ width: 683, height: 384 })
  await expect(items).toHaveCount(4)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683)
  await expectNoAxeViolations(page)
  await screenshot(page, 'home-caseload-review-200pct')
})
