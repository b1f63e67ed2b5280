import { addDays, formatFinnishDate, localToday } from '../../src-main/shared/dates/dates'
import { pageInvoke, seedCaseloadThroughPage } from './support/caseload-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { printToPdf } from './support/print-pdf'
import { countPrints, downloadText, printCount } from './support/report-steps'
import { createVault } from './support/vault-steps'

test.describe.configure({ timeout: 180_000 })

test('Raportit: a period with figures and benchmarks, charts, A4 print, CSV and the anonymised file', async ({
  page,
  app,
}) => {
  await countPrints(page)
  await page.goto(app.url)
  await createVault(page)
  const seeded = await seedCaseloadThroughPage(page)
  await pageInvoke(page)('settings-coach-set', { name: 'Ville Valmentaja', unit: 'Siun sote, IPS-tiimi' })
  await page.reload() // the app read the coach's details at unlock; the call above went around it
  const today = localToday()

  await page.getByRole('link', { name: 'Raportit' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Raportit' })).toBeVisible()
  // The current quarter by default.
  const month = Number(today.slice(5, 7))
  const quarter = Math.floor((month - 1) / 3) + 1
  await expect(page.getByLabel('Vuosineljännes')).toHaveValue(`${today.slice(0, 4)}-${quarter}`)

  // Any range, typed as d.M.yyyy: the last 60 days, whose figures the seeded caseload fixes (days before today).
  await page.getByText('Oma jakso', { exact: true }).click()
  const from = formatFinnishDate(addDays(today, -60))
  const to = formatFinnishDate(today)
  for (const [label, value] of [
    ['Alkaen', from],
    ['Päättyen', to],
  ] as const) {
    const field = page.getByLabel(label)
    await field.fill('')
    await field.pressSequentially(value)
    await field.press('Tab')
  }
  await expect(page.getByTestId('report-period')).toHaveText(`Jakso ${from}–${to}`)
  // served 8 (not Eeva, never entered); employed 2 (Sanna, Ville; Leila starts in 2 days); out of work 1 of 7
  await expect(page.getByTestId('figure-served')).toContainText('8')
  await expect(page.getByTestId('figure-employed')).toContainText(/2\s*8\s*25,0\s%/)
  await expect(page.getByTestId('figure-employed')).toContainText('THL: 49 % työllistyi valmennuksen aikana')
  await expect(page.getByTestId('figure-employed')).toContainText('IPS Employment Center: 31 / 41 / 50 %')
  await expect(page.getByTestId('figure-outOfWorkEmployed')).toContainText(/1\s*7\s*14,3\s%/)
  await expect(page.getByTestId('figure-outOfWorkEmployed')).toContainText('IPS Grow: 40 %')
  await expect(page.getByTestId('figure-workingOrStudying')).toContainText(/3\s*8\s*37,5\s%/)
  await expect(page.getByTestId('figure-medianDaysToFirstEmployerContact')).toContainText('10 pv')
  await expect(page.getByTestId('report-chart')).toHaveCount(3)
  await expect(page.getByRole('img', { name: /Uudet työsuhteet kuukausittain/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'reports-custom-period')

  // The CSV: figures with numerator, denominator and percentage for Finnish Excel.
  const csv = await downloadText(page, 'Tallenna CSV')
  expect(csv.name).toBe(`tyohonvalmennus-tulokset-${addDays(today, -60)}--${today}.csv`)
  expect(csv.text).toContain('Työssä avoimilla työmarkkinoilla jaksolla;2;8;25;')
  // The anonymised file: no client's name, id, date of birth, henkilötunnus or note.
  const anonymised = await downloadText(page, 'Anonymisoitu tiedosto tiiminvetäjälle')
  expect(anonymised.name).toMatch(/^tyohonvalmennus-anonymisoitu-/)
  const leaks = seeded.personal.filter((value) => anonymised.text.toLowerCase().includes(value.toLowerCase()))
  expect(leaks).toEqual([])
  expect(anonymised.text.split('\r\n').filter((line) => /^[0-9A-Z]{10};/.test(line))).toHaveLength(9)

  // A quarter again, printed on A4 through the print route.
  await page.getByText('Neljännes', { exact: true }).click()
  await expect(page.getByLabel('Vuosineljännes')).toBeVisible()
  await page.getByRole('button', { name: 'Tulosta' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Työhönvalmennuksen tulokset' })).toBeVisible()
  await expect.poll(() => printCount(page)).toBe(1)
  await expectNoAxeViolations(page)
  const { text, pages } = await printToPdf(page, 'report-quarter')
  expect(pages).toBeLessThanOrEqual(2)
  expect(text).toContain('Siun sote, IPS-tiimi – Ville Valmentaja')
  expect(text).toContain('Työssä avoimilla työmarkkinoilla jaksolla')
  expect(text).toContain('IPS Grow: 40 %')
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Raportit' })).toBeVisible()
})
