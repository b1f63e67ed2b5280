import { formDefinitions, getFormDefinition, activeSigners } from '../../src-main/shared/forms'
import { validValuesByForm } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { drawSignature, fillForm, openNewForm, waitForSaved } from './support/forms-steps'
import { expectPrintLayout, printToPdf } from './support/print-pdf'
import { createVault } from './support/vault-steps'

const CLIENT = {
  firstName: 'Aino',
  lastName: 'Virtanen',
  municipality: 'Joensuu',
  nurseName: 'Leena Korhonen',
  treatingUnit: 'Joensuun psykiatrian poliklinikka',
}

test.describe.configure({ timeout: 120_000 })

for (const def of formDefinitions) {
  test(`${def.title}: filled, finalised, signed on screen and printed`, async ({ page, app, consoleErrors }) => {
    await page.goto(app.url)
    await createVault(page)
    await addClient(page, CLIENT)
    await openNewForm(page, def.title)
    // The header came from the client's details.
    await expect(page.locator('[id="input-clientName"]')).toHaveValue('Aino Virtanen')
    await expect(page.locator('[id="input-treatingUnit"]')).toHaveValue(CLIENT.treatingUnit)

    const values = validValuesByForm[def.id]!
    await fillForm(page, def, values)
    await waitForSaved(page)
    await screenshot(page, `forms-${def.id}-editor`)
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Viimeistele' }).click()
    await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
    await expect(page.getByTestId('finalise-problems')).toHaveCount(0)

    // Sign on screen for the first signer.
    const signer = activeSigners(getFormDefinition(def.id)!, values)[0]!
    await page.getByRole('button', { name: `Allekirjoita näytöllä: ${signer.label}` }).click()
    await drawSignature(page)
    await page.getByRole('button', { name: 'Tallenna allekirjoitus' }).click()
    await expect(page.getByTestId(`signer-${signer.role}`)).toContainText('Allekirjoitettu näytöllä')
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
    await expectNoAxeViolations(page)
    const printed = await printToPdf(page, def.id)
    const { text, pages } = printed
    expectPrintLayout(
      printed,
      def.sections.map((section) => section.heading),
      activeSigners(def, values).map((active) => active.label),
    )
    expect(text).toContain(def.title)
    expect(text).toContain('Aino Virtanen')
    expect(text).toContain('Versio 1')
    expect(text).toContain(`sivu 1/${pages}`)
    expect(text).toContain('Nimenselvennys')
    expect(text).toContain('Paikka ja päivämäärä')
    expect(text).toContain(signer.label)
    for (const key of ['coachName', 'summary', 'employmentGoal', 'clientGoal', 'workGoal', 'referrerName']) {
      const value = values[key]
      if (typeof value === 'string' && value !== '' && def.sections.some((s) => s.fields.some((f) => f.id === key))) {
        expect(text).toContain(value)
      }
    }
    expect(consoleErrors).toEqual([])
  })
}
