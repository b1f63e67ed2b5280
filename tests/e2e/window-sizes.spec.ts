import type { Page } from '@playwright/test'
import { getFormDefinition } from '../../src-main/shared/forms'
import { addClient } from './support/client-steps'
import { expect, screenshot, test } from './support/fixtures'
import { openNewForm } from './support/forms-steps'
import { createVault } from './support/vault-steps'

/** CSS widths a coach meets: 1366×768 at 200 % and 150 % zoom, a small laptop, the usual laptop, a desktop. */
const WINDOWS = [
  { width: 683, height: 384, menu: true, panelBelow: true },
  { width: 911, height: 512, menu: true, panelBelow: true },
  { width: 1024, height: 768, menu: false, panelBelow: true },
  { width: 1366, height: 768, menu: false, panelBelow: false },
  { width: 1920, height: 1080, menu: false, panelBelow: false },
] as const

test.describe.configure({ timeout: 180_000 })

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    // The innermost elements that reach past the window's right edge: what to fix when this fails.
    const past = [...document.querySelectorAll('body *')].filter((element) => {
      return element.getBoundingClientRect().right > width + 0.5 && element.children.length === 0
    })
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
    return {
      overflow: document.documentElement.scrollWidth - width,
      widest: past.slice(0, 5).map(describe).join(', '),
    }
  })
  expect(overflow, `${where} scrolls sideways by ${overflow} px (${widest})`).toBeLessThanOrEqual(0)
}

test('the client list, client page and form editor fit every window from 200 % zoom to a desktop', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await createVault(page)
  await addClient(page, {
    firstName: 'Aino-Maria Johanna',
    lastName: 'Virtanen-Korhonen',
    municipality: 'Joensuu',
    nurseName: 'Leena Korhonen',
    treatingUnit: 'Joensuun psykiatrian poliklinikka, aikuisten avohoito',
  })
  const clientHash = new URL(page.url()).hash
  const agreement = getFormDefinition('cooperation-agreement')!
  await openNewForm(page, agreement.title)
  const editorHash = new URL(page.url()).hash

  for (const size of WINDOWS) {
    await page.setViewportSize({ width: size.width, height: size.height })
    const name = `${size.width}x${size.height}`

    await page.evaluate(() => (window.location.hash = '#/clients'))
    await expect(page.getByRole('link', { name: 'Aino-Maria Johanna Virtanen-Korhonen' })).toBeVisible()
    await expectNoSidewaysScroll(page, `client list at ${name}`)
    await screenshot(page, `window-${name}-client-list`)

    await page.evaluate((hash) => (window.location.hash = hash), clientHash)
    await expect(page.getByRole('heading', { level: 1, name: 'Aino-Maria Johanna Virtanen-Korhonen' })).toBeVisible()
    await expectNoSidewaysScroll(page, `client page at ${name}`)
    await screenshot(page, `window-${name}-client-page`)

    await page.evaluate((hash) => (window.location.hash = hash), editorHash)
    await expect(page.getByRole('heading', { level: 1, name: agreement.title })).toBeVisible()
    await expectNoSidewaysScroll(page, `form editor at ${name}`)
    const form = (await page.getByRole('form', { name: agreement.title }).boundingBox())!
    const panel = (await page.getByRole('complementary', { name: 'Tallennus ja toiminnot' }).boundingBox())!
    const menuButton = page.getByRole('button', { name: 'Avaa valikko' })
    if (size.menu) {
      await expect(menuButton).toBeVisible()
      await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0)
    } else {
      await expect(menuButton).toHaveCount(0)
      await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible()
    }
    if (size.panelBelow) {
      // The panel is under the form; the save state stays in sight at the bottom of the window.
      expect(panel.y, 'the panel is under the form').toBeGreaterThanOrEqual(form.y + form.height)
      await expect(page.getByTestId('save-state')).toBeInViewport()
    } else {
      expect(panel.x, 'the panel is beside the form').toBeGreaterThanOrEqual(form.x + form.width)
    }
    expect(form.width, 'the form column is wide enough to read').toBeGreaterThanOrEqual(Math.min(size.width - 60, 600))
    await expect(page.getByRole('heading', { level: 1, name: agreement.title })).toBeInViewport()
    await screenshot(page, `window-${name}-form-editor`)
  }

  // Narrow: the menu opens, a choice navigates and closes it; the lock button is always in sight.
  await page.setViewportSize({ width: 683, height: 384 })
  await expect(page.getByRole('button', { name: 'Lukitse' })).toBeInViewport()
  await page.getByRole('button', { name: 'Avaa valikko' }).click()
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible()
  await screenshot(page, 'window-683x384-menu-open')
  await page.getByRole('link', { name: 'Asiakkaat' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Asiakkaat' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0)
  await expect(page.locator('#main-content')).toBeFocused()
  // Escape closes an open menu and puts focus back on its button.
  await page.getByRole('button', { name: 'Avaa valikko' }).click()
  await page.getByRole('link', { name: 'Etusivu' }).focus()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Avaa valikko' })).toBeFocused()
})
