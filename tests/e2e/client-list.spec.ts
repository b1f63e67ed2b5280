import { BENCH_PASSPHRASE, seedVault } from '../bench/ui/seed-vault'
import { expect, expectNoAxeViolations, screenshot, test } from './support/fixtures'
import { unlock } from './support/vault-steps'

test('a register of 130 clients: the home page counts the phases, the list pages, filters and searches', async ({
  page,
  app,
}) => {
  await app.stop()
  await seedVault(app.dataDir, 130) // made-up clients Virtanen0 … in phases 1–5, each with forms
  await app.start()
  await page.goto(app.url)
  await unlock(page, BENCH_PASSPHRASE)

  // Home: the caseload per phase, and the client worked on last (the seed works on them in order) first.
  await expect(page.getByTestId('caseload-size')).toHaveText('130 aktiivista asiakasta, suositus enintään 30')
  const recent = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Käsitelty' }) })
  await expect(recent.getByRole('row').nth(1)).toContainText('Jussi Nieminen129') // the last one seeded
  await expect(recent.getByRole('row')).toHaveCount(7)
  await screenshot(page, 'perf-01-home')
  await expectNoAxeViolations(page)

  // A phase count opens the list of the open clients in that phase.
  await page.getByRole('link', { name: /^2 Profilointi\W*26 avointa asiakasta$/ }).click()
  await expect(page.getByTestId('client-count')).toHaveText('26 asiakasta')
  await expect(page.getByLabel('IPS-vaihe')).toHaveValue('2')
  await expect(page.getByLabel('Tila')).toHaveValue('open')
  await expect(page.getByRole('row')).toHaveCount(27)

  // The whole register a page of 50 at a time; Back returns to the page before.
  await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click()
  await expect(page.getByTestId('client-count')).toHaveText('130 asiakasta · näytetään 1–50')
  await expect(page.getByLabel('IPS-vaihe')).toHaveValue('')
  await expect(page.getByRole('row')).toHaveCount(51)
  await screenshot(page, 'perf-02-client-list')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Sivu 3' }).click()
  await expect(page.getByTestId('client-count')).toHaveText('130 asiakasta · näytetään 101–130')
  await expect(page.getByRole('row')).toHaveCount(31)
  await page.goBack()
  await expect(page.getByTestId('client-count')).toHaveText('130 asiakasta · näytetään 1–50')

  // Searching key by key: every character stays in the field, and the results are those of the whole text.
  const search = page.getByLabel('Hae asiakasta')
  await search.pressSequentially('korhonen1', { delay: 20 })
  await expect(search).toHaveValue('korhonen1')
  await expect(page.getByTestId('client-count')).toHaveText('4 asiakasta') // Korhonen13, 103, 113, 123
  await search.pressSequentially('2')
  await expect(page.getByTestId('client-count')).toHaveText('1 asiakas')
  await expect(page.getByRole('link', { name: /Korhonen123$/ })).toBeVisible()
  await expect(page).toHaveURL(/#\/clients\?q=korhonen12$/)

  // Keyboard: from the search field to the first result, opened with Enter; Back returns to the search.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /Korhonen123$/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /Korhonen123$/ })).toBeVisible()
  await page.goBack()
  await expect(search).toHaveValue('korhonen12')
  await expect(page.getByTestId('client-count')).toHaveText('1 asiakas')

  // A result opened the moment it shows (before the address caught up with the typing): Back returns to that search.
  await search.press('End')
  await search.press('Backspace')
  await expect(page.getByTestId('client-count')).toHaveText('4 asiakasta')
  await page.getByRole('link', { name: /Korhonen103$/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Korhonen103$/ })).toBeVisible()
  await page.goBack()
  await expect(search).toHaveValue('korhonen1')
  await expect(page.getByTestId('client-count')).toHaveText('4 asiakasta')
})
