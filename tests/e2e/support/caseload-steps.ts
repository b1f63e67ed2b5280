import type { Page } from '@playwright/test'
import { localToday } from '../../../src-main/shared/dates/dates'
import { seedCaseload, type Invoke, type SeededCaseload } from '../../support/seeded-caseload'

/** Calls the core through the open page's own API session, as the renderer would. */
export function pageInvoke(page: Page): Invoke {
  return (async (name: string, input: unknown) => {
    const result = await page.evaluate(
      async ({ name, input }) => {
        // The page's session cookie goes with the request, as with the app's own calls.
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, input }),
        })
        return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
      },
      { name, input },
    )
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
    return result.value
  }) as Invoke
}

/** The seeded caseload (tests/support/seeded-caseload.ts) around today, entered through the page's API. */
export async function seedCaseloadThroughPage(page: Page, today = localToday()): Promise<SeededCaseload> {
  const seeded = await seedCaseload(pageInvoke(page), today)
  await page.reload()
  return seeded
}
