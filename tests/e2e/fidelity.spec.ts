import type { Page } from '@playwright/test'
import { addDays, addMonths, formatFinnishDate, localToday } from '../../src-main/shared/dates/dates'
import { pageInvoke, seedCaseloadThroughPage } from './support/caseload-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { printToPdf } from './support/print-pdf'
import { countPrints, printCount } from './support/report-steps'
import { createVault } from './support/vault-steps'

test.describe.configure({ timeout: 240_000 })

const item = (page: Page, number: number) => page.getByTestId(`fidelity-item-${number}`)

/** Scores every item still without a score with `score`, as a team that agrees on most of them would. */
async function scoreTheRest(page: Page, score: number) {
  for (let number = 1; number <= 25; number++) {
    const radios = item(page, number).getByRole('radio')
    const checked = await radios.evaluateAll((inputs) => inputs.some((input) => (input as HTMLInputElement).checked))
    if (!checked)
      await item(page, number)
        .getByRole('radio', { name: new RegExp(`^${score} – `) })
        .check()
  }
}

async function typeReviewDay(page: Page, isoDate: string) {
  const field = page.getByLabel(/^Arviointipäivä/)
  await field.fill('')
  await field.pressSequentially(formatFinnishDate(isoDate))
  await field.press('Tab')
}

test('IPS-25: the records suggest what they can tell, the team scores the rest, saved, compared and printed', async ({
  page,
  app,
}) => {
  await countPrints(page)
  await page.goto(app.url)
  await createVault(page)
  await seedCaseloadThroughPage(page)
  await pageInvoke(page)('settings-coach-set', { name: 'Ville Valmentaja', unit: 'Siun sote, IPS-tiimi' })
  await page.reload() // the app read the coach's details at unlock; the call above went around it
  const today = localToday()
  const earlier = addDays(today, -182)

  await page.getByRole('link', { name: 'Laatuarviointi' }).click()
  await expect(page.getByText('Arviointeja ei ole vielä tehty.')).toBeVisible()
  await page.getByRole('button', { name: 'Uusi arviointi' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi IPS-25-laatuarviointi' })).toBeVisible()
  await expect(page.getByLabel('Yksikkö')).toHaveValue('Siun sote, IPS-tiimi')

  // The first review half a year ago: item 1 is suggested from the caseload then, with its numbers explained.
  await typeReviewDay(page, earlier)
  const caseload = item(page, 1).getByTestId('fidelity-suggestion')
  await expect(caseload).toContainText('Kirjausten perusteella: 5 pistettä')
  await expect(caseload).toContainText('asiakasta valmentajaa kohden')
  await expect(item(page, 1).getByRole('radio', { name: /^5 – Enintään 20 asiakasta/ })).toBeChecked()
  await expect(item(page, 2).getByRole('radio', { name: /^5 – / })).not.toBeChecked()
  await expect(page.getByTestId('fidelity-band')).toHaveText('Taso selviää, kun kaikki 25 kohtaa on arvioitu.')
  await scoreTheRest(page, 4)
  await item(page, 2).getByLabel('Perustelut ja havainnot').fill('Valmentajat tekevät vain työhönvalmennusta.')
  await expect(page.getByTestId('fidelity-total')).toHaveText(/\d+ \/ 125 pistettä/)
  await expect(page.getByText('Aiempaa arviointia ei ole, joten vertailua ei vielä ole.')).toBeVisible()
  await page.getByRole('button', { name: 'Tallenna arviointi' }).click()
  await expect(page.getByText('Arviointi tallennettu.')).toBeVisible()
  await expect(page).toHaveURL(/#\/fidelity\/[0-9a-f-]{36}$/)
  const firstTotal = Number((await page.getByTestId('fidelity-total').textContent())!.split(' ')[0])

  // The second review today: the team raises items 2–9 to 5; the comparison shows what changed.
  await page.getByRole('link', { name: 'Laatuarviointi' }).click()
  await page.getByRole('button', { name: 'Uusi arviointi' }).click()
  for (let number = 2; number <= 9; number++) {
    await item(page, number).getByRole('radio', { name: /^5 – / }).check()
  }
  await scoreTheRest(page, 4)
  await expect(item(page, 2)).toContainText('Edellinen: 4')
  const comparison = page.getByTestId('fidelity-comparison')
  await expect(comparison).toContainText(
    `Verrattuna edelliseen (${formatFinnishDate(earlier)}, ${firstTotal} pistettä)`,
  )
  await expect(comparison).toContainText('2. Vain työhönvalmennustehtäviä: 4 → 5')
  await page.getByRole('textbox', { name: 'Vahvuudet' }).fill('Nopea työnhaku ja hyvä yhteistyö hoitotiimin kanssa.')
  await page.getByRole('textbox', { name: 'Kehittämissuunnitelma' }).fill('Työnantajakäyntejä kuusi viikossa.')
  await expectNoAxeViolations(page)
  await screenshot(page, 'fidelity-review-form')
  await page.getByRole('button', { name: 'Tallenna arviointi' }).click()
  await expect(page.getByText('Arviointi tallennettu.')).toBeVisible()
  const total = Number((await page.getByTestId('fidelity-total').textContent())!.split(' ')[0])
  expect(total).toBeGreaterThan(firstTotal)
  // 6 months below 100 points, 12 months from 100
  const months = total >= 100 ? 12 : 6
  await expect(page.getByTestId('fidelity-next')).toHaveText(
    `Seuraava arviointi viimeistään ${formatFinnishDate(addMonths(today, months))}`,
  )

  // Readable at 200 % zoom.
  await page.setViewportSize({ width: 683, height: 384 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683)
  await expectNoAxeViolations(page)
  await screenshot(page, 'fidelity-review-form-200pct')
  await page.setViewportSize({ width: 1366, height: 768 })

  // The printout: every item with its score and anchor, the records' suggestion explained, the comparison.
  await page.getByRole('button', { name: 'Tulosta' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'IPS-25-laatuarviointi' })).toBeVisible()
  await expect(page.getByTestId('print-fidelity-item')).toHaveCount(25)
  await expect.poll(() => printCount(page)).toBe(1)
  await expectNoAxeViolations(page)
  const { text } = await printToPdf(page, 'fidelity-review')
  expect(text).toContain('Siun sote, IPS-tiimi')
  expect(text).toContain('Kirjausten ehdotus: 5 p')
  expect(text).toContain('asiakasta valmentajaa kohden')
  expect(text).toContain(`${total} / 125 pistettä`)
  expect(text).toContain('2. Vain työhönvalmennustehtäviä: 4 → 5')
  expect(text).toContain('Työnantajakäyntejä kuusi viikossa.')

  // The list: both reviews, newest first, and when the next one is due.
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await page.getByRole('link', { name: 'Laatuarviointi' }).click()
  await expect(page.getByTestId('fidelity-list').getByRole('row')).toHaveCount(3)
  await expect(page.getByTestId('fidelity-next-due')).toContainText('Seuraava arviointi viimeistään')
  await expectNoAxeViolations(page)
  await screenshot(page, 'fidelity-list')
})
