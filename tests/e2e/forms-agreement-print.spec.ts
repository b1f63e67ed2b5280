import type { Page } from '@playwright/test'
import { activeSigners, getFormDefinition } from '../../src-main/shared/forms'
import { validAgreement, validClosure } from '../unit/support/form-fixtures'
import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { drawSignature, fillForm, openNewForm, PREFILLED, waitForSaved } from './support/forms-steps'
import { expectPrintLayout, printToPdf } from './support/print-pdf'
import { createVault } from './support/vault-steps'

const agreement = getFormDefinition('cooperation-agreement')!
const closure = getFormDefinition('closure')!
const today = new Date()
const todayText = `${today.getDate()}.${today.getMonth() + 1}.${today.getFullYear()}`

test.describe.configure({ timeout: 180_000 })

/** The printed text from a heading (a line of its own) to the end of its page. */
function afterHeading(lines: string[][], heading: string): string {
  const page = lines.find((pageLines) => pageLines.includes(heading))!
  return page.slice(page.indexOf(heading)).join(' ')
}

async function fillSettings(page: Page) {
  await page.getByRole('link', { name: 'Siirry asetuksiin' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Asetukset' })).toBeVisible()
  await page.getByLabel('Työhönvalmentajan nimi').fill('Ville Valmentaja')
  await page.getByLabel('Yksikkö', { exact: true }).fill('IPS-työhönvalmennus Joensuu')
  await page.getByLabel(/Hyvinvointialue tai muu organisaatio/).fill('Pohjois-Karjalan hyvinvointialue')
  await page.getByLabel('Puhelinnumero').fill('050 987 6543')
  await page.getByLabel('Sähköposti').fill('ville.valmentaja@siunsote.fi')
  await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click()
  await expect(page.getByText('Omat tiedot tallennettu.')).toBeVisible()
}

test('the agreement prints as an agreement a client can read and sign, and the closure keeps its consent snapshot', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  // First run: every screen points to Settings until the coach's name and organisation are there.
  await expect(page.getByTestId('coach-profile-reminder')).toContainText('Täytä ensin omat tietosi')
  await fillSettings(page)
  await page.getByRole('link', { name: 'Etusivu' }).click()
  await expect(page.getByTestId('coach-profile-reminder')).toHaveCount(0)

  await addClient(page, {
    firstName: 'Aino',
    lastName: 'Virtanen',
    municipality: 'Joensuu',
    nurseName: 'Leena Korhonen',
    treatingUnit: 'Joensuun psykiatrian poliklinikka',
  })
  await openNewForm(page, agreement.title)
  // The coach's details came from Settings.
  await expect(page.getByLabel('Työhönvalmentajan puhelinnumero')).toHaveValue('050 987 6543')
  await expect(page.getByLabel('Työhönvalmentajan sähköposti')).toHaveValue('ville.valmentaja@siunsote.fi')
  await expect(page.getByLabel('Rekisterinpitäjä')).toHaveValue('Pohjois-Karjalan hyvinvointialue')

  // The suggested care-team row: health data is the client's own tick, never ticked in advance.
  const firstRow = page.getByTestId('row-consents-0')
  await expect(firstRow.getByRole('checkbox', { name: 'Yhteystiedot' })).toBeChecked()
  await expect(firstRow.getByRole('checkbox', { name: /^Terveystiedot/ })).not.toBeChecked()
  await expect(firstRow.getByRole('checkbox', { name: 'Diagnoosi' })).not.toBeChecked()
  // A second row is dated today, like the first.
  await page.getByRole('button', { name: 'Lisää suostumus' }).click()
  await expect(page.locator('[id="input-consents.1.givenOn"]')).toHaveValue(todayText)
  await expect(page.getByRole('button', { name: 'Poista suostumus 2' })).toBeVisible()
  await page.getByRole('button', { name: 'Poista suostumus 2' }).click()

  // Filled in, with the care-team consent left unanswered: the printout asks the client to tick.
  const consents = validAgreement['consents'] as Array<Record<string, unknown>>
  const values = {
    ...validAgreement,
    coachPhone: '050 987 6543',
    coachEmail: 'ville.valmentaja@siunsote.fi',
    controller: 'Pohjois-Karjalan hyvinvointialue',
    consents: [{ ...consents[0], consent: null }, consents[1]],
  }
  await fillForm(page, agreement, values, new Set([...PREFILLED, 'coachPhone', 'coachEmail', 'controller']))
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
  const draft = await printToPdf(page, 'agreement-draft-for-signing')
  await screenshot(page, 'agreement-draft-print-preview')
  await expectNoAxeViolations(page)
  for (const sentence of [
    'Suostumus on vapaaehtoinen.',
    'Asiakas voi peruuttaa suostumuksen milloin tahansa kertomalla siitä työhönvalmentajalle',
    'Rekisterinpitäjä Pohjois-Karjalan hyvinvointialue',
    'Työhönvalmentajan puhelinnumero 050 987 6543',
    'ville.valmentaja@siunsote.fi',
    'Asiakas rastittaa, suostuuko hän tietojen vaihtoon tämän tahon kanssa: Suostun En suostu',
    'Asiakas ei suostu siihen, että työhönvalmentaja pyytää tältä taholta tietoja.',
    'Tietosuojaseloste on annettu asiakkaalle',
  ]) {
    expect(draft.text, sentence).toContain(sentence)
  }
  expect(draft.text).not.toMatch(/Suostumus:? Suostun/)
  expect(draft.text).not.toContain('Kyllä, vahvistettu')
  expect(draft.text, 'an unused guardian line is not printed as an answer').not.toContain('Edunvalvojan nimi')
  // Nobody has signed: no place or date is printed on the signature lines.
  const signatureSection = afterHeading(draft.lines, 'Allekirjoitukset')
  expect(signatureSection).toContain('Paikka ja päivämäärä')
  expect(signatureSection).not.toContain(todayText)
  expect(signatureSection).not.toContain('Joensuu')
  expectPrintLayout(
    draft,
    agreement.sections.map((section) => section.heading),
    activeSigners(agreement, values).map((signer) => signer.label),
  )
  await page.getByRole('button', { name: 'Takaisin' }).click()

  // The client agrees on screen and signs; the printout shows her place and date, the others stay blank.
  await page.getByTestId('row-consents-0').getByRole('radio', { name: 'Suostun', exact: true }).check()
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Viimeistele' }).click()
  await expect(page.getByRole('heading', { name: /^Versio 1/ })).toBeVisible()
  await page.getByRole('button', { name: 'Allekirjoita näytöllä: Asiakas' }).click()
  await drawSignature(page)
  await page.getByLabel('Paikka').fill('Lieksa')
  // Enter in the dialog saves.
  await page.getByLabel('Paikka').press('Enter')
  await expect(page.getByTestId('signer-client')).toContainText('Allekirjoitettu näytöllä')
  await expect(
    page.getByText(/Sisällön tunniste: [0-9a-f]{16}\. Allekirjoitukset koskevat tätä sisältöä/),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
  const signed = await printToPdf(page, 'agreement-signed-by-client')
  expect(signed.text).toContain(
    'Asiakas suostuu siihen, että työhönvalmentaja antaa tälle taholle ja pyytää tältä taholta seuraavat tiedot.',
  )
  expect(signed.text).toMatch(/Sisällön tunniste [0-9a-f]{16}/)
  const signedSection = afterHeading(signed.lines, 'Allekirjoitukset')
  expect(signedSection).toContain(`Lieksa ${todayText}`)
  expect(signedSection.split(todayText).length - 1, 'only the client has a date').toBe(2) // her line and the note
  expectPrintLayout(
    signed,
    agreement.sections.map((section) => section.heading),
    activeSigners(agreement, values).map((signer) => signer.label),
  )
  await page.getByRole('button', { name: 'Takaisin' }).click()

  // The closure lists the consents that end as a read-only snapshot: sentences, nothing to edit, add or remove.
  await page.getByRole('link', { name: 'Takaisin asiakkaan sivulle' }).click()
  await openNewForm(page, closure.title)
  const snapshot = page.locator('[id="field-consentsEnding"]')
  await expect(snapshot).toContainText(
    'Työhönvalmentaja sai antaa tälle taholle ja pyytää tältä taholta seuraavat tiedot.',
  )
  await expect(snapshot).toContainText('Suostumus 1: Hoitotaho / psykiatrinen hoitotiimi')
  await expect(snapshot.getByRole('textbox')).toHaveCount(0)
  await expect(snapshot.getByRole('button')).toHaveCount(0)
  await expect(snapshot.getByRole('radio')).toHaveCount(0)
  await screenshot(page, 'closure-consent-snapshot')
  await fillForm(page, closure, validClosure)
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Esikatsele tuloste' }).click()
  const closed = await printToPdf(page, 'closure-with-consents')
  expect(closed.text).toContain('Työhönvalmentaja sai antaa tälle taholle ja pyytää tältä taholta seuraavat tiedot.')
  expectPrintLayout(
    closed,
    closure.sections.map((section) => section.heading),
    activeSigners(closure, validClosure).map((signer) => signer.label),
  )
})
