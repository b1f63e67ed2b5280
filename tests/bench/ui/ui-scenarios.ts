// The interactions `npm run bench:ui` times, each as a coach does it, measured in the page (see page-probe.ts).
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from 'playwright-core'
import './page-probe'

/** Server-side time of each API call while a sample runs (the core's share of the screen time). */
export class CoreClock {
  private calls: Array<{ name: string; ms: number }> = []
  record(name: string, ms: number) {
    this.calls.push({ name, ms })
  }
  /** Every call since `mark` grouped by API method: how many and their total milliseconds. */
  methodsSince(mark: number): Array<{ name: string; count: number; totalMs: number }> {
    const byName = new Map<string, { name: string; count: number; totalMs: number }>()
    for (const call of this.calls.slice(mark)) {
      const entry = byName.get(call.name) ?? { name: call.name, count: 0, totalMs: 0 }
      entry.count += 1
      entry.totalMs += call.ms
      byName.set(call.name, entry)
    }
    return [...byName.values()].sort((a, b) => b.totalMs - a.totalMs)
  }
  get mark() {
    return this.calls.length
  }
  /** Runs one sample and returns the core's milliseconds spent on the calls it made. */
  async during<T>(work: () => Promise<T>): Promise<{ value: T; coreMs: number; calls: string[] }> {
    const mark = this.calls.length
    const value = await work()
    const calls = this.calls.slice(mark)
    return { value, coreMs: calls.reduce((sum, call) => sum + call.ms, 0), calls: calls.map((call) => call.name) }
  }
}

export type Measured = { screen: number[]; core: number[]; longTasks?: number[]; eventTimings?: number[] }

const SAMPLE_TIMEOUT_MS = 120_000
const typingText = 'tyonhaku etenee ja asiakas haluaa kokeilla varastotyota ensi viikolla '

/** Opens a route the way a link does (hash navigation, no page load). */
async function go(page: Page, hash: string) {
  await page.evaluate((target) => (window.location.hash = target), hash)
}

/** Waits until no API call is in flight and none has been answered for `quietMs`. */
async function networkQuiet(page: Page, quietMs = 300) {
  await page.waitForFunction(
    (ms) => window.__bench.inFlight === 0 && performance.now() - (window.__bench.lastAnswerAt ?? 0) > ms,
    quietMs,
    { timeout: SAMPLE_TIMEOUT_MS, polling: 50 },
  )
}

/** Keystroke → paint in the vocational profile: 200 keys at ~100 ms, a pause after every third word (autosave). */
export async function typingInLongForm(
  page: Page,
  clock: CoreClock,
  documentId: string,
  keys = 200,
): Promise<Measured> {
  await go(page, `#/forms/${documentId}`)
  const field = page.locator('[id="input-summary"]')
  await field.waitFor({ timeout: SAMPLE_TIMEOUT_MS })
  await networkQuiet(page)
  await field.click()
  await page.keyboard.press('Control+End')
  const from = await page.evaluate(() => ({ keys: window.__bench.keys.length, at: performance.now() }))
  const screen: number[] = []
  const core: number[] = []
  let words = 0
  for (let i = 0; i < keys; i++) {
    const character = typingText[i % typingText.length]!
    const started = Date.now()
    const { value, coreMs } = await clock.during(async () => {
      await page.keyboard.press(character === ' ' ? 'Space' : character)
      return page.evaluate((count) => window.__bench.nextKey(count), from.keys + i + 1)
    })
    screen.push(value.ms)
    core.push(coreMs)
    if (character === ' ' && ++words % 3 === 0) await sleep(800)
    else await sleep(Math.max(0, 100 - (Date.now() - started)))
  }
  await page
    .getByTestId('save-state')
    .filter({ hasText: /Tallennettu/ })
    .waitFor({ timeout: SAMPLE_TIMEOUT_MS })
  const { longTasks, eventTimings } = await page.evaluate(
    (since) => ({
      longTasks: window.__bench.longTasks.filter((task) => task.start >= since).map((task) => task.ms),
      eventTimings: window.__bench.eventTimings
        .filter((entry) => entry.start >= since && entry.name === 'keydown')
        .map((entry) => entry.ms),
    }),
    from.at,
  )
  return { screen, core, longTasks, eventTimings }
}

/** Search keystroke → the results for the text typed so far painted; typed at ~250 ms a key on a fresh page. */
export async function searchAsTyped(page: Page, clock: CoreClock, terms: readonly string[]): Promise<Measured> {
  const screen: number[] = []
  const core: number[] = []
  for (const term of terms) {
    await go(page, '#/clients')
    await page.reload()
    const input = page.getByRole('searchbox', { name: 'Hae asiakasta' })
    await input.waitFor({ timeout: SAMPLE_TIMEOUT_MS })
    await networkQuiet(page)
    await input.focus()
    let previous = ''
    for (const [index, character] of [...term].entries()) {
      const started = Date.now()
      const typed = term
        .slice(0, index + 1)
        .trim()
        .replace(/\s+/g, ' ')
      const { value, coreMs } = await clock.during(async () => {
        await page.keyboard.press(character === ' ' ? 'Space' : character)
        if (typed === previous) return null // a space at the end: the same search, nothing to wait for
        return page.evaluate((text) => {
          const bench = window.__bench
          const start = bench.lastKeyAt
          return bench
            .settleOf(start, (call) => {
              if (call.name !== 'clients-list') return false
              const search = (call.input as { search?: string }).search ?? ''
              return search.trim().replace(/\s+/g, ' ') === text
            })
            .then((paintedAt) => paintedAt - start)
        }, typed)
      })
      previous = typed
      if (value === null) continue
      screen.push(value)
      core.push(coreMs)
      await sleep(Math.max(0, 250 - (Date.now() - started)))
    }
  }
  return { screen, core }
}

const LIST_ROWS = () =>
  document.querySelector('[data-testid="client-count"]') !== null &&
  document.querySelector('main table tbody tr') !== null

/** Client list shown: from a freshly loaded home page, a click on "Asiakkaat" → the first rows painted. */
export async function clientListShown(page: Page, clock: CoreClock, samples: number): Promise<Measured> {
  const screen: number[] = []
  const core: number[] = []
  for (let i = 0; i < samples; i++) {
    await go(page, '#/')
    await page.reload()
    await page.getByRole('heading', { name: 'Etusivu' }).waitFor({ timeout: SAMPLE_TIMEOUT_MS })
    await networkQuiet(page)
    const { value, coreMs } = await clock.during(async () => {
      const shown = page.evaluate(`window.__bench.frameWhen(${LIST_ROWS.toString()})`) as Promise<number>
      await page.getByRole('link', { name: 'Asiakkaat', exact: true }).click()
      const paintedAt = await shown
      const result = paintedAt - (await page.evaluate(() => window.__bench.lastClickAt!))
      await networkQuiet(page)
      return result
    })
    screen.push(value)
    core.push(coreMs)
  }
  return { screen, core }
}

/** Open a client page: link → the client and every section's data painted (a different client each time). */
export async function openClientPage(page: Page, clock: CoreClock, clientIds: string[]): Promise<Measured> {
  const screen: number[] = []
  const core: number[] = []
  for (const id of clientIds) {
    await go(page, '#/')
    // The home page first, with its own calls answered (they start after its first paint), as a coach sees it.
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Etusivu', undefined, {
      timeout: SAMPLE_TIMEOUT_MS,
      polling: 50,
    })
    await networkQuiet(page)
    const { value, coreMs } = await clock.during(async () => {
      const start = await page.evaluate((target) => {
        const at = performance.now()
        window.location.hash = `#/clients/${target}`
        return at
      }, id)
      await page.waitForFunction(
        () => !['', 'Etusivu'].includes(document.querySelector('main h1')?.textContent ?? ''),
        undefined,
        { timeout: SAMPLE_TIMEOUT_MS, polling: 50 },
      )
      await networkQuiet(page)
      return page.evaluate(
        (since) =>
          Math.max(...window.__bench.settles.filter((s) => s.requestedAt >= since).map((s) => s.paintedAt)) - since,
        start,
      )
    })
    screen.push(value)
    core.push(coreMs)
  }
  return { screen, core }
}

/** Calculator: a digit typed (or erased) in the monthly wage → the new result painted; 40 keys at ~150 ms. */
export async function calculatorChange(page: Page, clock: CoreClock, count = 40): Promise<Measured> {
  await go(page, '#/calculator')
  const wage = page.getByLabel(/^Bruttopalkka/)
  await wage.waitFor({ timeout: SAMPLE_TIMEOUT_MS })
  await networkQuiet(page)
  await wage.click()
  const from = await page.evaluate(() => window.__bench.keys.length)
  const keys = ['1', '8', '5', '0', 'Backspace', 'Backspace', 'Backspace', 'Backspace']
  const screen: number[] = []
  const core: number[] = []
  for (let i = 0; i < count; i++) {
    const started = Date.now()
    const { value, coreMs } = await clock.during(async () => {
      await page.keyboard.press(keys[i % keys.length]!)
      return page.evaluate((count) => window.__bench.nextKey(count), from + i + 1)
    })
    screen.push(value.ms)
    core.push(coreMs)
    await sleep(Math.max(0, 150 - (Date.now() - started)))
  }
  return { screen, core }
}
