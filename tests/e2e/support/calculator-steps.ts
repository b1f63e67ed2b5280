import { expect, type Locator, type Page } from '@playwright/test'

/** Finnish euro text as the app formats it: '1 100,00 €' with no-break spaces. */
export const euro = (text: string) => text.replaceAll(' ', '\u00a0')

export async function chooseMonth(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Kuukausi' }).click()
  await page.getByRole('combobox', { name: 'Kuukausi' }).fill(label)
  await page.getByRole('option', { name: label, exact: true }).click()
}

export async function addBenefit(page: Page, name: string) {
  await page.getByRole('button', { name: 'Lisää etuus' }).click()
  await page.getByRole('menuitem', { name }).click()
}

/** A benefit's input card (a named group). */
export const benefitCard = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

/** Selects what is in the field and pastes `text` from the clipboard, as a coach pastes with Ctrl+V. */
export async function pasteInto(page: Page, field: Locator, text: string) {
  await field.click()
  await field.press('ControlOrMeta+A')
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await field.press('ControlOrMeta+V')
}

/**
 * Creates clients through the API of the open page (faster than the form when a test needs many); a phase given is
 * recorded in the client's phase history from today.
 */
export async function createClientsByApi(
  page: Page,
  clients: Array<{ firstName: string; lastName: string; phase?: number; status?: 'active' | 'waiting' | 'closed' }>,
) {
  await page.evaluate(async (list) => {
    // The page's session cookie goes with the request, as with the app's own calls.
    const call = async (name: string, input: unknown) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, input }),
      })
      const result = (await response.json()) as { ok: boolean; value?: { id: string } }
      if (!result.ok) throw new Error(`${name} failed`)
      return result.value
    }
    const today = new Date().toLocaleDateString('sv-SE') // YYYY-MM-DD, local
    for (const { phase, ...client } of list) {
      const created = await call('clients-create', { status: 'active', ...client })
      if (phase) await call('phases-change', { clientId: created!.id, phase, fromDate: today, note: null })
    }
  }, clients)
}

/** The save button of the calculator. */
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Tallenna asiakkaalle' })

export async function expectPrintReady(page: Page) {
  await expect(page.locator('body[data-print-ready="true"]')).toHaveCount(1)
}
