// npm run bench:ui:profile -- --size 1000 --only typing: where a screen's time goes, as the browser's and React's
// profilers see it. Prints the functions with the most CPU time (Chrome's sampling profiler over the interaction)
// and the React components rendered (counted at each commit through React's DevTools hook, which production builds
// call too). Used to find the causes `npm run bench:ui` shows; not part of any test.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_PATH } from '../../../playwright.config'
import { startTestCore } from '../../support/test-core'
import { PAGE_PROBE } from './page-probe'
import { BENCH_PASSPHRASE, seedVault } from './seed-vault'
import {
  CoreClock,
  openClientPage,
  searchAsTyped,
  typingInLongForm,
  clientListShown,
  calculatorChange,
} from './ui-scenarios'

const { values: options } = parseArgs({
  options: { size: { type: 'string', default: '1000' }, only: { type: 'string', default: 'typing,search' } },
})

/** Counts, per component name, how often React ran it (fibers with the PerformedWork flag in each commit). */
const REACT_COUNTER = `(() => {
  const rendered = new Map()
  let commits = 0
  const nameOf = (fiber) => {
    const type = fiber.type
    if (!type || typeof type === 'string') return null
    return type.displayName || type.name || (type.render && (type.render.displayName || type.render.name)) ||
      (type.type && (type.type.displayName || type.type.name)) || null
  }
  // A subtree React skipped keeps the fibers (and flags) of its last render: descend only where the children were
  // reconciled in this commit (new, or a child list other than the previous one), as React DevTools does.
  const walk = (fiber) => {
    while (fiber) {
      if ((fiber.flags & 1) === 1) {
        const name = nameOf(fiber)
        if (name) rendered.set(name, (rendered.get(name) || 0) + 1)
      }
      if (fiber.child && (!fiber.alternate || fiber.child !== fiber.alternate.child)) walk(fiber.child)
      fiber = fiber.sibling
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1 }, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) { commits++; walk(root.current.child) },
  }
  window.__reactRenders = { reset() { rendered.clear(); commits = 0 }, read() { return { commits, rendered: [...rendered] } } }
})()`

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount: number
}

async function profiled(page: Page, label: string, work: () => Promise<unknown>) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await page.evaluate(() => (window as unknown as { __reactRenders: { reset(): void } }).__reactRenders.reset())
  await cdp.send('Profiler.start')
  await work()
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  }
  const renders = await page.evaluate(() =>
    (
      window as unknown as { __reactRenders: { read(): { commits: number; rendered: Array<[string, number]> } } }
    ).__reactRenders.read(),
  )
  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfMs.get(node.id) ?? 0))
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0)
  const idle = byFunction.get('(idle) :0') ?? 0
  console.log(
    `\n## ${label}: ${(total - idle).toFixed(0)} ms busy of ${total.toFixed(0)} ms, ${renders.commits} commits`,
  )
  console.log('Self time (ms, share of busy):')
  for (const [name, ms] of [...byFunction]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)) {
    console.log(`  ${ms.toFixed(0).padStart(6)}  ${((100 * ms) / (total - idle)).toFixed(0).padStart(3)} %  ${name}`)
  }
  console.log('React components rendered (count):')
  const top = renders.rendered.sort((a, b) => b[1] - a[1]).slice(0, 60)
  console.log(`  ${top.map(([name, count]) => `${name} ${count}`).join(', ')}`)
  console.log(`  all: ${renders.rendered.reduce((sum, [, count]) => sum + count, 0)}`)
}

const size = Number(options.size)
const only = options.only!.split(',')
const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-profile-'))
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] })
const seeded = await seedVault(dataDir, size)
const core = await startTestCore(dataDir)
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fi-FI' })
  await page.addInitScript(REACT_COUNTER)
  await page.addInitScript(PAGE_PROBE)
  await page.goto(core.server.url)
  await page.getByLabel('Salalause', { exact: true }).fill(BENCH_PASSPHRASE)
  await page.getByRole('button', { name: 'Avaa', exact: true }).click()
  await page.getByRole('heading', { name: 'Etusivu' }).waitFor({ timeout: 120_000 })
  const clock = new CoreClock()
  const scenarios: Record<string, () => Promise<unknown>> = {
    typing: () => typingInLongForm(page, clock, seeded.profileDocumentIds.at(-1)!, 40),
    search: () => searchAsTyped(page, clock, ['korhonen']),
    list: () => clientListShown(page, clock, 3),
    client: () => openClientPage(page, clock, seeded.clientIds.slice(0, 3)),
    calculator: () => calculatorChange(page, clock, 16),
  }
  for (const name of only) {
    // Typing is profiled on a form already open: the keystrokes alone, not opening the form.
    if (name === 'typing') await typingInLongForm(page, clock, seeded.profileDocumentIds.at(-1)!, 0)
    await profiled(page, `${name} at ${size} clients`, scenarios[name]!)
  }
  await page.goto('about:blank')
} finally {
  await browser.close()
  await core.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
