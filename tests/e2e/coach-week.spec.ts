import { getFormDefinition } from '../../src-main/shared/forms'
import { withChanges, validAgreement } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { fillForm, openNewForm, waitForSaved } from './support/forms-steps'
import { chooseSegment, openClient, typeDate } from './support/process-steps'
import { createVault } from './support/vault-steps'

test.describe.configure({ timeout: 240_000 })
test.use({ permissions: ['clipboard-read', 'clipboard-write'], actionTimeout: 15_000 })

/** A field's label, with or without the asterisk of a required field. */
const label = (text: string) => new RegExp(`^${text.replace(/[()*]/g, '\\$&')}( \\*)?$`)

const CLIENT = {
  firstName: 'Aino',
  lastName: 'Virtanen',
  municipality: 'Joensuu',
  nurseName: 'Leena Korhonen',
  treatingUnit: 'Joensuun psykiatrian poliklinikka',
}

test("a coach's week: contacts with codes, the patient record, an employer visit, a job start and end, the timeline", async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, CLIENT)

  // The employer register: the Y-tunnus checksum is checked, a contact person is added.
  await page.getByRole('link', { name: 'Työnantajat' }).click()
  await page.getByRole('button', { name: 'Uusi työnantaja' }).click()
  const employerDialog = page.getByRole('dialog')
  await employerDialog.getByLabel(label('Nimi')).fill('Kahvila Aurora')
  await employerDialog.getByLabel('Y-tunnus').fill('0737546-3')
  await employerDialog.getByLabel('Toimiala').selectOption('I')
  await employerDialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(employerDialog.getByText('Y-tunnuksen tarkistusnumero ei täsmää')).toBeVisible()
  await employerDialog.getByLabel('Y-tunnus').fill('0737546-2')
  await employerDialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kahvila Aurora' })).toBeVisible()
  await page.getByLabel(label('Nimi')).fill('Sari Esimies')
  await page.getByLabel(label('Tehtävä')).fill('Vuoropäällikkö')
  await page.getByRole('button', { name: 'Lisää yhteyshenkilö' }).click()
  await expect(page.getByRole('cell', { name: 'Sari Esimies' })).toBeVisible()

  // A general employer visit (no client): never blocked.
  await page.getByRole('button', { name: 'Kirjaa työnantajakontakti' }).click()
  let dialog = page.getByRole('dialog')
  await dialog.getByLabel('Kirjaus').fill('Esittelin IPS-työhönvalmennusta vuoropäällikölle.')
  await dialog.getByLabel('Yhteyshenkilö').selectOption({ label: 'Sari Esimies, Vuoropäällikkö' })
  await dialog.getByLabel('IPS-palvelun esittely').check()
  await dialog.getByLabel('Tulos').selectOption({ label: 'Jatkokontakti sovittu' })
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-employer-contact-dialog')
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByTestId('employer-contacts')).toContainText('Yleinen')
  await expect(page.getByTestId('employer-contacts')).toContainText('IPS-palvelun esittely')
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-employer-page')

  // The client page: log a meeting with the keyboard only, in seconds. Today, face to face, IEY07 by default.
  await openClient(page, 'Aino Virtanen')
  await expectNoAxeViolations(page)
  // Keyboard only: open, type, save with Ctrl+Enter.
  await page.getByRole('button', { name: 'Kirjaa käynti' }).focus()
  await page.keyboard.press('Enter')
  dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Kirjaus')).toBeFocused()
  await page.keyboard.type('Työnhakua kirjastossa, CV päivitetty.')
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toHaveCount(0)
  const contact = page.getByTestId('timeline-contact').first()
  await expect(contact).toContainText('Työnhakua kirjastossa, CV päivitetty.')
  await expect(contact).toContainText('IEY07')

  // An unreached phone call: the outreach log a "not reached" closure needs.
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Kirjaus').fill('Ei vastannut, jätin viestin.')
  await chooseSegment(page, 'Puhelin')
  await dialog.getByLabel('Henkilö tavoitettiin').uncheck()
  await dialog.getByLabel('Kesto (min)').fill('5')
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-contact-dialog')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('timeline-contact')).toHaveCount(2)
  await expect(page.getByTestId('timeline-contact').first()).toContainText('ei tavoitettu')

  // "Kopioi potilaskertomukseen": a readable Finnish text on the clipboard.
  const today = await page.evaluate(() => {
    const now = new Date()
    return `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`
  })
  await page
    .getByRole('button', { name: `Kopioi käynti ${today} potilaskertomukseen` })
    .last()
    .click()
  await expect(page.getByText('Kopioitu leikepöydälle')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(
    [
      `IPS-työhönvalmennus ${today}`,
      'Osallistujat: työhönvalmentaja, asiakas',
      'Yhteystapa: kasvokkain',
      'Paikka: yhteisössä (työpaikka, kahvila …)',
      'Toimenpide: IEY07 Työvalmennus, mielenterveys- ja päihdehäiriö (INTK/Työvalmennus)',
      'Kirjaus: Työnhakua kirjastossa, CV päivitetty.',
    ].join('\n'),
  )

  // An employer visit about the client is blocked until the client's disclosure decision allows it.
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  dialog = page.getByRole('dialog')
  await chooseSegment(page, 'Työnantaja')
  await dialog.getByRole('combobox', { name: 'Työnantaja' }).fill('Kahvila')
  await page.getByRole('option', { name: 'Kahvila Aurora' }).click()
  await expect(dialog.getByTestId('employer-contact-blocked')).toContainText(
    'yhteistyösopimusta ei ole vielä viimeistelty',
  )
  await expect(dialog.getByRole('button', { name: 'Tallenna' })).toBeDisabled()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // The cooperation agreement records the entry (phase 1 from its entry date) and suggests phase 2.
  const agreement = getFormDefinition('cooperation-agreement')!
  await openNewForm(page, agreement.title)
  await fillForm(page, agreement, withChanges(validAgreement, { entryDate: '', employerDisclosure: 'coach-role-only' }))
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
  await expect(page.getByTestId('phase-suggestion')).toContainText('vaiheeseen Vaihe 2')
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-phase-suggestion')
  await page.getByRole('button', { name: 'Siirrä vaiheeseen 2 tänään' }).click()
  await expect(page.getByTestId('phase-suggestion')).toHaveCount(0)
  await openClient(page, 'Aino Virtanen')
  await expect(page.getByTestId('current-phase')).toContainText('Vaihe 2: osaamisen kartoitus ja profilointi')
  await expect(page.getByTestId('client-phase')).toContainText('yhteistyösopimuksesta')

  // Now the employer visit about the client goes through, face to face with the client present.
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  dialog = page.getByRole('dialog')
  await chooseSegment(page, 'Työnantaja')
  await dialog.getByRole('combobox', { name: 'Työnantaja' }).fill('Kahvila')
  await page.getByRole('option', { name: 'Kahvila Aurora' }).click()
  await expect(dialog.getByTestId('employer-contact-blocked')).toHaveCount(0)
  await dialog.getByLabel('Kirjaus').fill('Haastattelu kahvilassa, asiakas mukana.')
  await dialog.getByLabel('Haastattelupyyntö').check()
  await dialog.getByLabel('Asiakas oli mukana').check()
  await dialog.getByLabel('Tulos').selectOption({ label: 'Työtarjous' })
  await expect(dialog.getByLabel('Toimenpidekoodi')).toHaveValue(/.+/)
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByTestId('timeline-contact').first()).toContainText('Työnantaja (Kahvila Aurora)')

  // A job start with the competitive-job test, and its end with the lessons learned.
  await page.getByRole('button', { name: 'Työ alkoi' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Työnantaja' }).fill('Kahvila Aurora')
  await dialog.getByLabel('Tehtävänimike').fill('Kahvilatyöntekijä')
  await typeDate(page, 'Työsuhteen alkamispäivä', '2.3.2026')
  await typeDate(page, 'Vähintään 4 palkallista tuntia tehty (pvm)', '3.3.2026')
  await dialog.getByLabel('Työaika (h/vko)').fill('20')
  await dialog.getByLabel('Palkka (€/h)').fill('12,50')
  await dialog.getByLabel('Työsuhteen muoto').selectOption({ label: 'Määräaikainen' })
  await typeDate(page, 'Määräaikainen: päättyy', '31.8.2026')
  await dialog.getByLabel('Palkka vastaa työehtosopimusta', { exact: false }).check()
  await dialog.getByLabel('Paikka on kenen tahansa haettavissa', { exact: false }).check()
  await dialog.getByLabel('Miten työ löytyi').selectOption({ label: 'Työhönvalmentajan työnantajakontakti' })
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-job-start-dialog')
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByTestId('job-row')).toContainText('Kahvilatyöntekijä, Kahvila Aurora')
  await expect(page.getByTestId('job-row')).toContainText('kilpailullinen työ')
  await expect(page.getByTestId('job-row')).toContainText('12,50 €/h')

  await page.getByRole('button', { name: 'Työ päättyi: Kahvilatyöntekijä, Kahvila Aurora' }).click()
  dialog = page.getByRole('dialog')
  await typeDate(page, 'Päättymispäivä', '31.8.2026')
  await dialog.getByLabel('Päättymisen tapa').selectOption({ label: 'Määräaikainen työsuhde päättyi' })
  await dialog.getByLabel('Työaika tai palkka').check()
  await dialog.getByLabel('Mitä opittiin', { exact: false }).fill('Aamuvuorot ja pieni työyhteisö sopivat.')
  await dialog.getByLabel('Jatko').selectOption({ label: 'Uusi työnhaku' })
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByTestId('job-row')).toContainText('2.3.2026 – 31.8.2026')

  // The timeline: everything newest first, filtered to work and studies.
  const timeline = page.getByTestId('client-timeline')
  await expect(timeline).toContainText('Työ päättyi: Kahvilatyöntekijä, Kahvila Aurora')
  await expect(timeline).toContainText('Työhönvalmennuksen aloittaminen – yhteistyösopimus ja suostumukset, versio 1')
  await timeline.locator('label', { hasText: 'Työ ja opinnot' }).click()
  await expect(timeline.locator('li')).toHaveCount(2)
  await expect(timeline.locator('li').first()).toContainText('Työ päättyi: Kahvilatyöntekijä, Kahvila Aurora')
  await expect(timeline.locator('li').nth(1)).toContainText('Työ alkoi: Kahvilatyöntekijä, Kahvila Aurora')
  await timeline.locator('label', { hasText: 'Kaikki' }).click()
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-client-page')

  // The lessons flow into a new vocational profile.
  const profile = getFormDefinition('vocational-profile')!
  await openNewForm(page, profile.title)
  await expect(page.locator('[id="input-workHistory.0.employer"]')).toHaveValue('Kahvila Aurora')
  await expect(page.locator('[id="input-workHistory.0.lessons"]')).toHaveValue(
    'Aamuvuorot ja pieni työyhteisö sopivat.',
  )

  // The home screen's quick log: choose the client by typing, Ctrl+Enter.
  await page.getByRole('link', { name: 'Etusivu' }).click()
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('combobox', { name: 'Asiakas' })).toBeFocused()
  await page.keyboard.type('Aino')
  await expect(page.getByRole('option', { name: 'Aino Virtanen' })).toBeVisible() // found by the core as typed
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await dialog.getByLabel('Kirjaus').fill('Soitto hoitajalle työkyvystä.')
  await chooseSegment(page, 'Hoitotaho')
  await expect(dialog.getByLabel('Toimenpidekoodi')).toHaveValue(/.+/)
  await expect(dialog.getByLabel('Toimenpidekoodi').locator('option:checked')).toHaveText(/^IAB04/)
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-home-quick-log')
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toHaveCount(0)
  await openClient(page, 'Aino Virtanen')
  await expect(page.getByTestId('timeline-contact').first()).toContainText('Soitto hoitajalle työkyvystä.')
})

test("the county's own procedure code: added with its start date, offered from that day, its use ended", async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByRole('link', { name: 'Avaa toimenpidekoodit' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Toimenpidekoodit' })).toBeVisible()
  await expect(page.getByTestId('code-IAB04')).toContainText('Työkykykonsultaatio')
  await expect(page.getByTestId('code-IEY07')).toBeVisible()
  await expect(page.getByTestId('code-IEY30')).toHaveCount(0)
  await page.getByLabel(label('Koodi')).fill('x100')
  await page.getByLabel(label('Nimi')).fill('IPS-työhönvalmennuksen käynti (alueen koodi)')
  await page.getByLabel('Voimassa alkaen').fill('1.1.2026')
  await page.getByLabel('Voimassa alkaen').press('Escape')
  await page.getByRole('button', { name: 'Lisää koodi' }).click()
  await expect(page.getByTestId('code-X100')).toContainText('1.1.2026')
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-procedure-codes')

  await addClient(page, { firstName: 'Olli', lastName: 'Öhman' })
  await page.getByRole('button', { name: 'Kirjaa käynti' }).click()
  const codes = page.getByRole('dialog').getByLabel('Toimenpidekoodi')
  await expect(codes.locator('option', { hasText: 'X100' })).toHaveCount(1)
  // A contact dated before the code's start is not offered it.
  await page.getByRole('dialog').getByLabel('Päivämäärä').fill('31.12.2025')
  await page.getByRole('dialog').getByLabel('Päivämäärä').press('Escape')
  await expect(codes.locator('option', { hasText: 'X100' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByRole('link', { name: 'Avaa toimenpidekoodit' }).click()
  await page.getByRole('button', { name: 'Päätä käyttö: X100' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Päätä käyttö' }).click()
  await expect(page.getByRole('button', { name: 'Ota uudelleen käyttöön: X100' })).toBeVisible()
})
