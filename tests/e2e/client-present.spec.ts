import { addClient } from './support/client-steps'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { openClient } from './support/process-steps'
import { createVault, PASSPHRASE } from './support/vault-steps'

test.describe.configure({ timeout: 120_000 })

test('client present: one click hides every other client until the PIN ends it; the core refuses them too', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, { firstName: 'Aino', lastName: 'Virtanen' })
  await addClient(page, { firstName: 'Bertta', lastName: 'Berg' })
  const bertta = page.url().split('/clients/')[1]!

  // A PIN in Settings (with the passphrase).
  await page.getByRole('link', { name: 'Asetukset' }).click()
  await page.getByLabel('Uusi PIN-koodi (4–8 numeroa)').fill('12')
  await page.getByLabel('Salalause vahvistukseksi', { exact: true }).last().fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Aseta PIN-koodi' }).click()
  await expect(page.getByText('PIN-koodissa on 4–8 numeroa.')).toBeVisible()
  await page.getByLabel('Uusi PIN-koodi (4–8 numeroa)').fill('2468')
  await page.getByRole('button', { name: 'Aseta PIN-koodi' }).click()
  await expect(page.getByTestId('pin-state')).toHaveText('PIN-koodi on asetettu.')

  await openClient(page, 'Aino Virtanen')
  await page.getByRole('button', { name: 'Asiakas paikalla' }).click()
  const bar = page.getByTestId('client-present-bar')
  await expect(bar).toContainText('näkyvissä ovat vain tämän asiakkaan tiedot')
  const navigation = page.getByRole('navigation', { name: 'Päävalikko' })
  for (const link of ['Etusivu', 'Asiakkaat', 'Työnantajat', 'Laskuri', 'Asetukset']) {
    await expect(navigation.getByRole('link', { name: link })).toHaveCount(0)
  }
  await expectNoAxeViolations(page)
  await screenshot(page, 'client-present-client-page')

  // No way to another client: home, lists, search, the other client's page, the log and settings lead back here.
  for (const hash of ['#/', '#/clients', '#/clients?search=Bertta', `#/clients/${bertta}`, '#/log', '#/settings']) {
    await page.evaluate((target) => (window.location.hash = target), hash)
    await expect(page.getByRole('heading', { level: 1, name: 'Aino Virtanen' })).toBeVisible()
    await expect(page.getByText('Bertta')).toHaveCount(0)
  }
  expect(await page.title()).toBe('Työhönvalmentaja')
  // The calculator for her works.
  await bar.getByRole('link', { name: 'Laskuri' }).click()
  await expect(page).toHaveURL(/#\/clients\/[0-9a-f-]{36}\/calculator$/)
  await expect(page.getByText('Bertta')).toHaveCount(0)

  // The core itself refuses: the page's own session asking for the list or the other client gets nothing.
  const refused = await page.evaluate(async (otherId) => {
    const ask = async (name: string, input: unknown) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, input }),
      })
      return JSON.stringify(await response.json())
    }
    return [await ask('clients-list', {}), await ask('clients-get', { id: otherId }), await ask('audit-recent', {})]
  }, bertta)
  for (const answer of refused) {
    expect(answer).toContain('privacy/client-present')
    expect(answer).not.toContain('Bertta')
  }

  // A reload and a lock do not end the mode.
  await page.reload()
  await expect(page.getByTestId('client-present-bar')).toBeVisible()
  await page.getByRole('button', { name: 'Lukitse' }).click()
  await page.getByLabel('Salalause', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Aino Virtanen' })).toBeVisible()
  await expect(page.getByTestId('client-present-bar')).toBeVisible()
  await expect(page.getByText('Bertta')).toHaveCount(0)

  // A wrong PIN is refused and counted; the right one ends the mode.
  await page.getByTestId('client-present-bar').getByRole('button', { name: 'Lopeta' }).click()
  const dialog = page.getByRole('dialog', { name: 'Lopeta Asiakas paikalla -tila' })
  await dialog.getByLabel('PIN-koodi').fill('1111')
  await dialog.getByRole('button', { name: 'Lopeta tila' }).click()
  await expect(dialog.getByText('Väärä PIN-koodi. Yrityksiä jäljellä ennen salalauseen vaatimista: 4.')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'client-present-end-dialog')
  await dialog.getByLabel('PIN-koodi').fill('2468')
  await dialog.getByRole('button', { name: 'Lopeta tila' }).click()
  await expect(page.getByTestId('client-present-bar')).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByRole('link', { name: 'Bertta Berg' })).toBeVisible()

  // The log shows the mode, the refused PIN and the end, with no name in any entry.
  await page.getByRole('link', { name: 'Aino Virtanen' }).click()
  await page.getByRole('link', { name: 'Näytä lokitiedot' }).click()
  const log = page.getByTestId('audit-table')
  await expect(log).toContainText('Asiakas paikalla alkoi')
  await expect(log).toContainText('Väärä PIN-koodi tai salalause')
  await expect(log).toContainText('Asiakas paikalla päättyi')
  await expect(page.getByTestId('audit-verification')).toContainText('Loki on ehjä')
})
