import { expect, type Page } from '@playwright/test'

/** Picks a choice of a segmented control (whom, how, where) inside `scope`. */
export async function chooseSegment(page: Page, label: string) {
  await page.getByRole('dialog').getByText(label, { exact: true }).click()
}

/** Opens the client's page from the client list. */
export async function openClient(page: Page, name: string) {
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/** Types a date as the coach does, d.M.yyyy, and moves on (Tab closes the calendar; Escape would close the dialog). */
export async function typeDate(page: Page, label: string, finnishDate: string) {
  const input = page.getByRole('dialog').getByLabel(new RegExp(`^${label.replace(/[()*]/g, '\\$&')}( \\*)?$`))
  await input.fill(finnishDate)
  await input.press('Tab')
}
