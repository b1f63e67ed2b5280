import type { Page } from '@playwright/test'
import { formDefinitions, getFormDefinition } from '../../src-main/shared/forms'
import { validValuesByForm } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { fillForm, openNewForm, waitForSaved } from './support/forms-steps'
import { confirmRecoveryKey, createVault, PASSPHRASE, shownRecoveryKey, unlock } from './support/vault-steps'

/** A 1366×768 laptop, and the same laptop at 200 % zoom (683 CSS px wide). */
const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: 'zoom200', width: 683, height: 384 },
] as const

test.describe.configure({ timeout: 420_000 }) // 13 forms, each at two sizes, on a shared machine

/** axe finds nothing at either size; a screenshot of each to look at. */
async function checkScreen(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height })
    await page.mouse.move(0, 0)
    await expectNoAxeViolations(page, `${name} at ${size.name}`)
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect.soft(sideways, `${name} at ${size.name} scrolls sideways`).toBeLessThanOrEqual(0)
    // What the coach sees first in the window (whole pages at 200 % would be metres long).
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, `screen-${name}-${size.name}`, { fullPage: false })
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

/** Moves inside the app without a reload (the hash router). */
async function go(page: Page, hash: string, heading: string | RegExp) {
  await page.evaluate((target) => (window.location.hash = target), hash)
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible()
}

test('the vault screens have no axe violations at 1366 px and at 200 % zoom', async ({ page, app }) => {
  await page.goto(app.url)

  // Before the vault exists: create, the recovery key sheet and its print page.
  await expect(page.getByRole('heading', { name: 'Luo salattu tietokanta' })).toBeVisible()
  await checkScreen(page, 'create-vault')
  await page.getByLabel('Uusi salalause').fill(PASSPHRASE)
  await page.getByLabel('Salalause uudelleen').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Luo tietokanta' }).click()
  const recoveryKey = await shownRecoveryKey(page)
  await checkScreen(page, 'recovery-key-sheet')
  await page.getByRole('button', { name: 'Tulosta palautusavain' }).click()
  await expect(page.getByTestId('print-document')).toBeVisible()
  await checkScreen(page, 'print-recovery-key')
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await confirmRecoveryKey(page, recoveryKey)

  // Locked: the lock screen and its recovery mode, with their error messages.
  await page.getByRole('button', { name: 'Lukitse' }).click()
  await expect(page.getByRole('heading', { name: 'Työhönvalmentaja on lukittu' })).toBeVisible()
  await checkScreen(page, 'lock')
  await page.getByLabel('Salalause', { exact: true }).fill('väärä salalause tässä')
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByText(/^Väärä salalause/)).toBeVisible()
  await checkScreen(page, 'lock-wrong-passphrase')
  await page.getByRole('button', { name: /Unohtuiko/ }).click()
  await checkScreen(page, 'lock-recovery')
  await page.getByLabel('Palautusavain', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')
  await page.getByLabel('Uusi salalause').fill(PASSPHRASE)
  await page.getByLabel('Salalause uudelleen').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Avaa ja vaihda salalause' }).click()
  await expect(page.getByRole('alert').first()).toBeVisible()
  await checkScreen(page, 'lock-recovery-error')
  await page.getByRole('button', { name: 'Takaisin salalauseeseen' }).click()
  await unlock(page)
})

test('the client and form screens have no axe violations at 1366 px and at 200 % zoom', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await go(page, '#/', 'Etusivu')
  await checkScreen(page, 'home')

  await go(page, '#/settings', 'Asetukset')
  await checkScreen(page, 'settings')
  await page.getByLabel('Puhelinnumero').fill('soita')
  await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click()
  await expect(page.getByText('Tarkista puhelinnumero')).toBeVisible()
  await checkScreen(page, 'settings-errors')
  await page.getByLabel('Puhelinnumero').fill('050 987 6543')
  await page.getByLabel('Työhönvalmentajan nimi').fill('Ville Valmentaja')
  await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click()
  await expect(page.getByText('Omat tiedot tallennettu.')).toBeVisible()

  await go(page, '#/help', 'Ohje')
  await checkScreen(page, 'help')

  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await page.getByRole('button', { name: 'Uusi asiakas' }).click()
  await expect(page.getByRole('heading', { name: 'Uusi asiakas' })).toBeVisible()
  await checkScreen(page, 'client-new')
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByText('Pakollinen tieto puuttuu.').first()).toBeVisible()
  await page.getByLabel('Henkilötunnus').fill('131052-308T')
  await expect(page.getByRole('textbox', { name: 'Syntymäaika' })).toHaveValue('13.10.1952')
  await checkScreen(page, 'client-new-errors') // the date's × button has a name
  await page.getByRole('button', { name: 'Peruuta' }).click()
  await addClient(page, { firstName: 'Eero', lastName: 'Odottava' })
  await page.getByRole('button', { name: 'Muokkaa' }).click()
  await page.getByRole('combobox', { name: 'Tila', exact: true }).click()
  await page.getByRole('option', { name: 'Odottaa' }).click()
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByText('Odottaa', { exact: true })).toBeVisible()
  await addClient(page, {
    firstName: 'Aino',
    lastName: 'Virtanen',
    municipality: 'Joensuu',
    nurseName: 'Leena Korhonen',
    treatingUnit: 'Joensuun psykiatrian poliklinikka',
  })
  const clientUrl = new URL(page.url()).hash
  await go(page, '#/clients', 'Asiakkaat')
  await checkScreen(page, 'client-list')
  await go(page, `${clientUrl}/edit`, 'Muokkaa asiakkaan tietoja')
  await checkScreen(page, 'client-edit')

  const referral = getFormDefinition('referral')!
  await go(page, clientUrl, 'Aino Virtanen')
  await openNewForm(page, referral.title)
  await go(page, clientUrl, 'Aino Virtanen')
  await checkScreen(page, 'client-page')

  await page.getByRole('button', { name: `Jatka luonnosta: ${referral.title}` }).click()
  await fillForm(page, referral, validValuesByForm['referral']!)
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
  await expect(page.getByTestId('print-document')).toBeVisible()
  await checkScreen(page, 'print-draft')
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
  await checkScreen(page, 'form-version')
  await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
  await expect(page.getByTestId('print-document')).toBeVisible()
  await checkScreen(page, 'print-version')
  await page.getByRole('button', { name: 'Takaisin' }).click()
  await page.getByRole('button', { name: `Allekirjoita näytöllä: ${referral.signers[0]!.label}` }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await checkScreen(page, 'signature-dialog')
  // At 200 % zoom the dialog is taller than the window: it scrolls, and its buttons can be reached.
  await page.setViewportSize({ width: 683, height: 384 })
  const saveSignature = page.getByRole('dialog').getByRole('button', { name: 'Tallenna allekirjoitus' })
  await saveSignature.scrollIntoViewIfNeeded()
  await expect(saveSignature).toBeInViewport()
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.keyboard.press('Escape')
})

test("every form's editor has no axe violations at 1366 px and at 200 % zoom", async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen', municipality: 'Joensuu' })
  const clientUrl = new URL(page.url()).hash
  for (const def of formDefinitions) {
    await go(page, clientUrl, 'Aino Virtanen')
    await openNewForm(page, def.title)
    await checkScreen(page, `form-${def.id}`)
  }
  // The last one, finalised empty: the list of what is missing.
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByTestId('finalise-problems')).toBeVisible()
  await checkScreen(page, 'form-problems')
})

test('the calculator screens have no axe violations at 1366 px and at 200 % zoom', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen', municipality: 'Joensuu' })
  const clientUrl = new URL(page.url()).hash
  // The calculator screens (their own contents are the calculator's; the tour checks they are reachable and clean).
  await go(page, '#/calculator', /^Laskuri/)
  await checkScreen(page, 'calculator')
  await go(page, '#/calculator/parameters', 'Laskurin luvut')
  await checkScreen(page, 'parameters')
  await go(page, clientUrl, 'Aino Virtanen')
  await page.getByRole('button', { name: 'Laske' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Laskuri: Aino Virtanen' })).toBeVisible()
  await page.getByLabel('Bruttopalkka € / kk').fill('1100')
  await page.getByRole('button', { name: 'Tallenna asiakkaalle' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeVisible()
  await checkScreen(page, 'saved-calculation')
  await go(page, clientUrl, 'Aino Virtanen')
  await page
    .getByRole('link', { name: /^Tulosta laskelma/ })
    .first()
    .click()
  await expect(page.getByTestId('print-document')).toBeVisible()
  await checkScreen(page, 'print-calculation')
})

test('the process screens have no axe violations at 1366 px and at 200 % zoom', async ({ page, app }) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen', municipality: 'Joensuu' })
  const clientUrl = new URL(page.url()).hash

  // Employers: the empty register, a new employer, its page and an employer contact.
  await go(page, '#/employers', 'Työnantajat')
  await checkScreen(page, 'employers-empty')
  await page.getByRole('button', { name: 'Uusi työnantaja' }).click()
  await page.getByRole('dialog').getByLabel(/^Nimi/).fill('Kahvila Aurora')
  await checkScreen(page, 'employer-new-dialog')
  await page.getByRole('dialog').getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kahvila Aurora' })).toBeVisible()
  await checkScreen(page, 'employer-page')
  await page.getByRole('button', { name: 'Kirjaa työnantajakontakti' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await checkScreen(page, 'employer-contact-dialog')
  await page.keyboard.press('Escape')
  await go(page, '#/employers', 'Työnantajat')
  await checkScreen(page, 'employers')

  // The client's process records: a contact, a phase change, a job and studies, each dialog, then the timeline.
  await go(page, clientUrl, 'Aino Virtanen')
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  await page.getByRole('dialog').getByLabel('Kirjaus').fill('Ensitapaaminen.')
  await checkScreen(page, 'contact-dialog')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  for (const [button, name] of [
    ['Kirjaa vaiheen muutos', 'phase-dialog'],
    ['Työ alkoi', 'job-start-dialog'],
    ['Opinnot alkoivat', 'education-dialog'],
  ] as const) {
    await page.getByRole('button', { name: button }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await checkScreen(page, name)
    await page.getByRole('dialog').getByRole('button', { name: 'Peruuta', exact: true }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }
  await checkScreen(page, 'client-page-with-records')

  await go(page, '#/settings/procedure-codes', 'Toimenpidekoodit')
  await checkScreen(page, 'procedure-codes')
})
