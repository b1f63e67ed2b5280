// npm run bench:ui: the screens' response times in Chromium against browser mode, at 20, 1 000 and 10 000 clients,
// beside the core's own figures. A table to read, not a timed test.
// Options: --sizes 20,1000 (default 20,1000,10000), --only search,list (some interactions only), --calls (the core's
// time per API method of each interaction, to see which call grows).
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { listClients } from '../../../src-main/core/clients/client-list'
import { loadMigrations } from '../../../src-main/core/db/migrations'
import { Vault } from '../../../src-main/core/vault/vault'
import { CHROMIUM_PATH } from '../../../playwright.config'
import { createTestBackend, MIGRATIONS_DIR, startTestCore, TEST_SCRYPT } from '../../support/test-core'
import { SEARCH_TERMS } from '../fake-clients'
import { percentile, sampleMs } from '../timing'
import { PAGE_PROBE } from './page-probe'
import { BENCH_PASSPHRASE, seedVault } from './seed-vault'
import {
  calculatorChange,
  clientListShown,
  CoreClock,
  openClientPage,
  searchAsTyped,
  typingInLongForm,
  type Measured,
} from './ui-scenarios'

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20,1000,10000' },
    only: { type: 'string' },
    calls: { type: 'boolean', default: false },
  },
})
const SIZES = options.sizes!.split(',').map(Number)
const ONLY = options.only?.split(',')
/** ASCII only: Playwright types other letters as inserted text, without the keydown the probe times. */
const UI_SEARCH_TERMS = ['aino', 'virtanen12', 'joensuu', 'maki', 'korhonen 9', 'heikkinen4', 'tiina lieksa', 'xyz']

type Interaction = { key: string; label: string; target: number; targetAt: 'all' | 'largest' }
const INTERACTIONS: Interaction[] = [
  { key: 'typing', label: 'Keystroke → paint in the vocational profile', target: 25, targetAt: 'all' },
  { key: 'search', label: 'Client search: keystroke → results painted', target: 100, targetAt: 'largest' },
  { key: 'list', label: 'Client list shown', target: 200, targetAt: 'largest' },
  { key: 'client', label: 'Open a client page', target: 100, targetAt: 'all' },
  { key: 'calculator', label: 'Calculator: change → results painted', target: 50, targetAt: 'all' },
]

type SizeResult = {
  size: number
  results: Record<string, Measured>
  coreSearch: number[]
  load: [number, number]
  seedSeconds: number
}

/** The core search as `npm run bench` times it, on this vault. */
async function coreSearch(dataDir: string) {
  const vault = new Vault({ dataDir, migrations: loadMigrations(MIGRATIONS_DIR), scrypt: TEST_SCRYPT })
  await vault.unlockWithPassphrase(BENCH_PASSPHRASE)
  try {
    let i = 0
    return sampleMs(() => listClients(vault.db, { search: SEARCH_TERMS[i++ % SEARCH_TERMS.length] }), 300)
  } finally {
    vault.lock()
  }
}

async function measureSize(size: number): Promise<SizeResult> {
  const loadBefore = loadavg()[0]!
  const dataDir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-bench-ui-'))
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  let core: Awaited<ReturnType<typeof startTestCore>> | null = null
  try {
    const seedStart = performance.now()
    const seeded = await seedVault(dataDir, size)
    const seedSeconds = (performance.now() - seedStart) / 1000
    const searchTimes = await coreSearch(dataDir)
    const clock = new CoreClock()
    const backend = createTestBackend(dataDir)
    core = await startTestCore(dataDir, {
      ...backend,
      async invoke(name, input) {
        const start = performance.now()
        try {
          return await backend.invoke(name, input)
        } finally {
          clock.record(name, performance.now() - start)
        }
      },
    })
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fi-FI' })
    await page.addInitScript(PAGE_PROBE)
    await page.goto(core.server.url)
    await page.getByLabel('Salalause', { exact: true }).fill(BENCH_PASSPHRASE)
    await page.getByRole('button', { name: 'Avaa', exact: true }).click()
    await page.getByRole('heading', { name: 'Etusivu' }).waitFor({ timeout: 120_000 })
    // Clients spread over the register (first, middle, last by creation), each opened once.
    const spread = (ids: string[], count: number) =>
      Array.from({ length: count }, (_, i) => ids[Math.floor((i * ids.length) / count)]!)
    const results: Record<string, Measured> = {}
    const run = async (key: string, work: () => Promise<Measured>) => {
      if (ONLY && !ONLY.includes(key)) return void (results[key] = { screen: [], core: [] })
      process.stdout.write(`  ${size} clients: ${key}…`)
      const mark = clock.mark
      results[key] = await work()
      process.stdout.write(` p50 ${percentile(results[key].screen, 50).toFixed(0)} ms\n`)
      if (options.calls) {
        const samples = results[key].screen.length
        for (const method of clock.methodsSince(mark)) {
          const perSample = (method.totalMs / samples).toFixed(1)
          process.stdout.write(`    ${method.name}: ${method.count} calls, ${perSample} ms per sample\n`)
        }
      }
    }
    await run('typing', () => typingInLongForm(page, clock, seeded.profileDocumentIds.at(-1)!))
    await run('search', () => searchAsTyped(page, clock, UI_SEARCH_TERMS))
    await run('list', () => clientListShown(page, clock, 25))
    await run('client', () => openClientPage(page, clock, spread(seeded.clientIds, 25)))
    await run('calculator', () => calculatorChange(page, clock))
    await page.goto('about:blank')
    return { size, results, coreSearch: searchTimes, load: [loadBefore, loadavg()[0]!], seedSeconds }
  } finally {
    await browser.close()
    await core?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const ms = (values: number[], p: number) => (values.length ? percentile(values, p).toFixed(0) : '–')
const p50p95 = (values: number[]) => `${ms(values, 50)} / ${ms(values, 95)}`
const fine = (values: number[], p: number) => (values.length ? percentile(values, p).toFixed(1) : '–')

function table(header: string[], body: string[][]) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

console.log(`bench:ui — Chromium ${CHROMIUM_PATH}, browser mode, sizes ${SIZES.join(', ')}`)
const measured: SizeResult[] = []
for (const size of SIZES) measured.push(await measureSize(size))
const largest = Math.max(...SIZES)

console.log('\nScreen time, p50 / p95 ms (what the coach waits for)\n')
console.log(
  table(
    ['Interaction', ...measured.map((m) => `${m.size} clients`), 'Target (p95)', 'Met'],
    INTERACTIONS.map((interaction) => {
      const judged = measured.filter((m) => interaction.targetAt === 'all' || m.size === largest)
      const met = judged.every((m) => percentile(m.results[interaction.key]!.screen, 95) <= interaction.target)
      const scope = interaction.targetAt === 'all' ? 'any size' : `${largest}`
      return [
        interaction.label,
        ...measured.map((m) => p50p95(m.results[interaction.key]!.screen)),
        `≤ ${interaction.target} ms (${scope})`,
        met ? 'yes' : 'NO',
      ]
    }),
  ),
)

console.log(
  '\nCore time of the same samples (server side, all API calls of a sample), p50 / p95 ms, and screen ÷ core\n',
)
console.log(
  table(
    ['Interaction', ...measured.flatMap((m) => [`${m.size}: core`, `${m.size}: ratio`])],
    INTERACTIONS.map((interaction) => [
      interaction.label,
      ...measured.flatMap((m) => {
        const { screen, core } = m.results[interaction.key]!
        const coreP50 = percentile(core, 50)
        const ratio = coreP50 > 0.05 ? `${(percentile(screen, 50) / coreP50).toFixed(1)}×` : 'no call'
        return [`${fine(core, 50)} / ${fine(core, 95)}`, ratio]
      }),
    ]),
  ),
)

console.log('\nCore search as `npm run bench` times it (listClients, 300 searches), and the typing details\n')
console.log(
  table(
    ['Measure', ...measured.map((m) => `${m.size} clients`), 'Target'],
    [
      [
        'Core search p50 / p95 ms',
        ...measured.map((m) => `${fine(m.coreSearch, 50)} / ${fine(m.coreSearch, 95)}`),
        '≤ 5 ms (p95)',
      ],
      ['Long tasks while typing (count, longest ms)', ...measured.map((m) => longTasks(m)), 'none over 50 ms'],
      ['Event Timing keydown duration p95 (≥ 16 ms only)', ...measured.map((m) => eventP95(m)), ''],
      ['Load average before / after (1 min)', ...measured.map((m) => m.load.map((l) => l.toFixed(2)).join(' / ')), ''],
      ['Seeding the vault (s)', ...measured.map((m) => m.seedSeconds.toFixed(0)), ''],
    ],
  ),
)

function longTasks(m: SizeResult) {
  const tasks = m.results.typing!.longTasks ?? []
  return `${tasks.length}, ${tasks.length ? Math.max(...tasks).toFixed(0) : '–'}`
}

function eventP95(m: SizeResult) {
  const timings = m.results.typing!.eventTimings ?? []
  return timings.length ? `${percentile(timings, 95).toFixed(0)} ms (${timings.length} of 200)` : 'none ≥ 16 ms'
}
