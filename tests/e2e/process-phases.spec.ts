import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { openClient, typeDate } from './support/process-steps'
import { createVault } from './support/vault-steps'

test.describe.configure({ timeout: 180_000 })

test('the client record at referral, phase changes with their history and maintenance support, studies', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Pekka', lastName: 'Mäkelä' })

  // The client record: the situation at referral and how often the client sees the care team.
  await page.getByRole('button', { name: 'Muokkaa' }).first().click()
  await page.getByLabel('Työtilanne lähetteen aikaan').selectOption({ label: 'Sairauslomalla (työsuhde voimassa)' })
  await page.getByLabel('Käynnit hoitotahossa').selectOption({ label: 'Joka toinen viikko' })
  await page.getByRole('button', { name: 'Tallenna' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pekka Mäkelä' })).toBeVisible()
  await expect(page.getByText('Sairauslomalla (työsuhde voimassa)')).toBeVisible()
  await expect(page.getByText('Joka toinen viikko')).toBeVisible()
  await expect(page.getByTestId('current-phase')).toContainText('Ei vaihetta')

  // Phase changes with a date and a note; the history keeps each one, newest first.
  await page.getByRole('button', { name: 'Kirjaa vaiheen muutos' }).click()
  let dialog = page.getByRole('dialog')
  await dialog.getByLabel('Uusi vaihe').selectOption({ label: 'Vaihe 3: työn etsintä' })
  await typeDate(page, 'Alkaen', '2.2.2026')
  await expect(dialog.getByLabel(/^Ylläpitävä tuki/)).toHaveCount(0)
  await dialog.getByLabel('Huomio (vapaaehtoinen)').fill('Profiili valmis, haku alkaa.')
  await dialog.getByRole('button', { name: 'Tallenna vaihe' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('current-phase')).toContainText('Vaihe 3: työn etsintä – alkaen 2.2.2026')

  await page.getByRole('button', { name: 'Kirjaa vaiheen muutos' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel('Uusi vaihe').selectOption({ label: 'Vaihe 5: työsuhteen aikainen tuki' })
  await typeDate(page, 'Alkaen', '1.9.2026')
  await dialog.getByLabel(/^Ylläpitävä tuki/).check()
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-phase-change-dialog')
  await dialog.getByRole('button', { name: 'Tallenna vaihe' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('current-phase')).toContainText(
    'Vaihe 5: työsuhteen aikainen tuki, ylläpitävä tuki – alkaen 1.9.2026',
  )
  const history = page.getByRole('table', { name: 'Vaihehistoria' }).getByRole('row')
  await expect(history).toHaveCount(2)
  await expect(history.nth(0)).toContainText('1.9.2026')
  await expect(history.nth(0)).toContainText('ylläpitävä tuki')
  await expect(history.nth(1)).toContainText('2.2.2026')
  await expect(history.nth(1)).toContainText('Profiili valmis, haku alkaa.')
  // Removing an entry asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Poista vaihemerkintä 2.2.2026' }).click()
  const confirmRemove = page.getByRole('dialog', { name: 'Poistetaanko vaihemerkintä?' })
  await confirmRemove.getByRole('button', { name: 'Peruuta' }).click()
  await expect(history).toHaveCount(2)
  await page.getByRole('button', { name: 'Poista vaihemerkintä 2.2.2026' }).click()
  await confirmRemove.getByRole('button', { name: 'Poista merkintä' }).click()
  await expect(history).toHaveCount(1)
  await expect(page.getByTestId('current-phase')).toContainText('Vaihe 5: työsuhteen aikainen tuki')
  // The header shows the phase now.
  await openClient(page, 'Pekka Mäkelä')
  await expect(page.getByText('Vaihe 5: työsuhteen aikainen tuki').first()).toBeVisible()

  // Studies: a start and an end, both in the work section and on the timeline.
  await page.getByRole('button', { name: 'Opinnot alkoivat' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByLabel(/^Koulutuksen tyyppi/).selectOption({ label: 'Ammatillinen perustutkinto' })
  await dialog.getByLabel(/^Oppilaitos/).fill('Riveria')
  await dialog.getByLabel('Koulutusohjelma tai tutkinto').fill('Liiketalouden perustutkinto')
  await typeDate(page, 'Opintojen alkamispäivä', '10.8.2026')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(dialog).toHaveCount(0)
  const row = page.getByTestId('education-row')
  await expect(row).toContainText('Riveria, Liiketalouden perustutkinto')
  await expect(row).toContainText('10.8.2026 – jatkuu')

  await page.getByRole('button', { name: 'Opinnot päättyivät: Riveria, Liiketalouden perustutkinto' }).click()
  dialog = page.getByRole('dialog')
  await typeDate(page, 'Päättymispäivä', '1.8.2026')
  await dialog.getByLabel('Miten opinnot päättyivät').selectOption({ label: 'Keskeytti' })
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  // An end before the start is refused with the reason.
  await expect(dialog.getByText('Päättymispäivä on ennen alkamispäivää.')).toBeVisible()
  await typeDate(page, 'Päättymispäivä', '15.12.2026')
  await dialog.getByRole('button', { name: 'Tallenna' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(row).toContainText('10.8.2026 – 15.12.2026')

  const timeline = page.getByTestId('client-timeline')
  await timeline.locator('label', { hasText: 'Työ ja opinnot' }).click()
  await expect(timeline.locator('li')).toHaveCount(2)
  await timeline.locator('label', { hasText: 'Vaiheet' }).click()
  // The 2.2.2026 entry was removed above: phase 5 is left.
  await expect(timeline.locator('li')).toHaveCount(1)
  await expect(timeline.locator('li').first()).toContainText('Vaihe 5')
  await timeline.locator('label', { hasText: 'Kaikki' }).click()
  await expectNoAxeViolations(page)
  await screenshot(page, 'process-client-phases-and-studies')
})
