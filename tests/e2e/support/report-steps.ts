import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'

/** Counts window.print() calls instead of opening the browser's print dialog (call before the first page load). */
export async function countPrints(page: Page) {
  await page.addInitScript(() => {
    window.print = () => {
      const counter = window as unknown as { printed?: number }
      counter.printed = (counter.printed ?? 0) + 1
    }
  })
}

export function printCount(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { printed?: number }).printed)
}

/** Clicks a button that downloads a file (browser mode) and returns the file's name and text. */
export async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const download = await downloading
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') }
}
