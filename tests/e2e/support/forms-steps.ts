import { expect, type Locator, type Page } from '@playwright/test'
import {
  conditionHolds,
  formatFinnishDate,
  isEmptyValue,
  type FieldDescriptor,
  type FormDefinition,
  type FormValues,
  type RowValues,
  type SimpleField,
} from '../../../src-main/shared/forms'

/** Header fields the app prefills from the client's details: the test keeps what the app put there. */
export const PREFILLED = new Set([
  'clientName',
  'clientDateOfBirth',
  'clientHenkilotunnus',
  'clientMunicipality',
  'treatingUnit',
  'nurseName',
  'clientPhone',
  'clientEmail',
])

const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`
const input = (page: Page, path: string) => page.locator(`[id="input-${path}"]`)

export async function openNewForm(page: Page, title: string) {
  await page.getByLabel('Valitse lomake').selectOption({ label: title })
  await page.getByRole('button', { name: 'Uusi lomake' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

export async function fillSimple(page: Page, field: SimpleField, path: string, value: unknown) {
  const wrapper = page.locator(`[id="${fieldId(path)}"]`)
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
      await input(page, path).fill(String(value ?? ''))
      return
    case 'number':
      await input(page, path).fill(value === null || value === undefined ? '' : String(value).replace('.', ','))
      return
    case 'date':
      await input(page, path).fill(value ? formatFinnishDate(String(value)) : '')
      // Close the calendar so it cannot swallow the next click while it fades out.
      await input(page, path).press('Escape')
      await expect(page.locator('.mantine-Popover-dropdown')).toHaveCount(0)
      return
    case 'select':
      await input(page, path).selectOption(String(value ?? ''))
      return
    case 'radio': {
      const label = field.options.find((option) => option.value === value)?.label
      if (label) await wrapper.getByRole('radio', { name: label, exact: true }).check()
      return
    }
    case 'checkboxes':
      for (const option of field.options) {
        const box = wrapper.getByRole('checkbox', { name: option.label, exact: true })
        if ((value as string[]).includes(option.value)) await box.check()
        else if (await box.isChecked()) await box.uncheck()
      }
      return
    case 'yesno':
      if (value === true || value === false) {
        await wrapper
          .getByRole('radio', { name: value ? (field.yesLabel ?? 'Kyllä') : (field.noLabel ?? 'Ei'), exact: true })
          .check()
      }
      return
    case 'confirm':
      if (value === true) await input(page, path).check()
      return
  }
}

/** Fills a form through the UI in the order a coach meets the fields (conditions follow what was answered). */
export async function fillForm(
  page: Page,
  def: FormDefinition,
  values: FormValues,
  skip: ReadonlySet<string> = PREFILLED,
) {
  for (const section of def.sections) {
    if (!conditionHolds(section.visibleWhen, values)) continue
    for (const field of section.fields) {
      if (skip.has(field.id) || field.readOnly || !conditionHolds(field.visibleWhen, values)) continue
      await fillField(page, field, field.id, values[field.id])
    }
  }
}

async function fillField(page: Page, field: FieldDescriptor, path: string, value: unknown) {
  if (field.kind !== 'rows' && field.kind !== 'consents') {
    if (!isEmptyValue(value) || field.kind === 'checkboxes') await fillSimple(page, field, path, value)
    return
  }
  const rows = Array.isArray(value) ? (value as RowValues[]) : []
  const wrapper = page.locator(`[id="${fieldId(path)}"]`)
  const rowBoxes = wrapper.locator(`[data-testid^="row-${path}-"]`)
  while ((await rowBoxes.count()) > rows.length) {
    await wrapper
      .getByRole('button', { name: /^Poista / })
      .last()
      .click()
  }
  while ((await rowBoxes.count()) < rows.length) await wrapper.getByRole('button', { name: field.addLabel }).click()
  for (const [index, row] of rows.entries()) {
    for (const sub of field.fields) {
      if (sub.readOnly || !conditionHolds(sub.visibleWhen, row) || isEmptyValue(row[sub.id])) continue
      await fillSimple(page, sub, `${path}.${index}.${sub.id}`, row[sub.id])
    }
  }
}

export async function waitForSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText(/^Tallennettu klo \d{1,2}\.\d{2}$/)
}

/** Finalises the open draft as version 1 and records the client's signature as made on paper. */
export async function finaliseSignedByClientOnPaper(page: Page) {
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
  await page.getByRole('button', { name: 'Merkitse paperilla allekirjoitetuksi: Asiakas' }).click()
  await page.getByRole('button', { name: 'Tallenna allekirjoitus' }).click()
  await expect(page.getByTestId('signer-client')).toContainText('Allekirjoitettu paperilla')
}

/** Draws a signature with the mouse on the open signature pad. */
export async function drawSignature(page: Page) {
  const pad = page.getByTestId('signature-pad')
  const box = (await pad.boundingBox())!
  await page.mouse.move(box.x + 40, box.y + box.height * 0.6)
  await page.mouse.down()
  for (let step = 0; step <= 24; step++) {
    const x = box.x + 40 + step * 18
    const y = box.y + box.height * (0.55 + 0.25 * Math.sin(step / 2.2))
    await page.mouse.move(x, y, { steps: 2 })
  }
  await page.mouse.up()
}

export function locatorIn(page: Page, path: string): Locator {
  return page.locator(`[id="${fieldId(path)}"]`)
}
