// `npm run bench` rows for the caseload engine: the review and a yearly report on 300 clients and 30 000 contacts,
// generated deterministically (same records on every run), beside the time of loading the records.
import { outcomeReport, reviewCaseload } from '../../src-main/process/index'
import type { CaseloadRecords, Phase } from '../../src-main/process/index'
import { caseloadReviewOf } from '../../src-main/core/caseload/caseload-review'
import { loadCaseloadRecords } from '../../src-main/core/caseload/caseload-records'
import { CaseloadRecordsCache } from '../../src-main/core/caseload/records-cache'
import { outcomeReportView } from '../../src-main/core/reports/report-service'
import { vaultWith } from './process-vault'
import { percentile, sampleMs } from './timing'

const CLIENTS = 300
const CONTACTS = 30_000
const SAMPLES = 30
const TODAY = '2026-01-15'
const YEAR = { from: '2025-01-01', to: '2025-12-31' }
const TARGET_MS = { review: 100, report: 300 }

/** mulberry32: a small seeded generator, so every run benchmarks the same caseload. */
function seeded(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const DAY_MS = 86_400_000
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)
const dayOf = (date: string) => Date.parse(date) / DAY_MS

/** 300 clients entered over 2½ years, a fifth closed, phases 1–5, jobs, courses and 30 000 contacts. */
export function generateCaseload(): CaseloadRecords {
  const random = seeded(2026)
  const pick = (n: number) => Math.floor(random() * n)
  const first = dayOf('2023-07-01')
  const last = dayOf(TODAY)
  const records: CaseloadRecords = { clients: [], contacts: [], jobs: [], education: [] }
  const spans: Array<{ id: string; from: number; to: number }> = []
  for (let i = 0; i < CLIENTS; i++) {
    const id = `bench-${String(i).padStart(3, '0')}`
    const entered = first + pick(last - first - 20)
    const closed = random() < 0.2 ? entered + 30 + pick(Math.max(1, last - entered - 30)) : null
    const end = Math.min(closed ?? last, last)
    const phases: Array<{ phase: Phase; from: string }> = []
    let phaseDay = entered
    for (let phase = 1 as Phase; phase <= 5 && phaseDay <= end; phase = (phase + 1) as Phase) {
      phases.push({ phase, from: iso(phaseDay) })
      phaseDay += 20 + pick(90)
    }
    const inMaintenance = phases.length === 5 && random() < 0.4
    records.clients.push({
      id,
      referredOn: iso(entered - pick(30)),
      enteredOn: iso(entered),
      ...(closed !== null && closed <= last
        ? { closedOn: iso(closed), closureReason: (['goal-reached', 'client-wish', 'not-reached'] as const)[pick(3)] }
        : {}),
      workingAtReferral: random() < 0.1,
      phases,
      ...(inMaintenance ? { maintenanceFrom: iso(phaseDay) } : {}),
    })
    spans.push({ id, from: entered, to: end })
    if (phases.length >= 4) {
      const started = dayOf(phases[3]!.from) + pick(30)
      const ended = random() < 0.4 ? started + 30 + pick(300) : null
      records.jobs.push({
        clientId: id,
        startedOn: iso(started),
        ...(ended !== null ? { endedOn: iso(ended) } : {}),
        hoursPerWeek: 10 + pick(28),
        competitive: random() < 0.9,
      })
    }
    if (random() < 0.15) records.education.push({ clientId: id, startedOn: iso(entered + pick(200)) })
  }
  const withWhom = ['client', 'client', 'client', 'employer', 'care-team', 'family', 'other'] as const
  for (let i = 0; i < CONTACTS; i++) {
    const span = spans[pick(spans.length)]!
    const general = random() < 0.03
    records.contacts.push({
      ...(general ? {} : { clientId: span.id }),
      on: iso(span.from + pick(span.to - span.from + 1)),
      with: general ? 'employer' : withWhom[pick(withWhom.length)]!,
      reached: random() < 0.85,
      faceToFace: random() < 0.5,
    })
  }
  return records
}

type BenchRow = { name: string; value: string; target: string; ok: boolean | null }
const timing = (times: number[]) => `${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)} ms`

/**
 * The review and the yearly report, p50 / p95 of 30 runs, on the records in memory; then the same caseload in an
 * encrypted vault: loading it (loadCaseloadRecords) and the two API methods the screens call (load + engine).
 */
export function benchProcess(): BenchRow[] {
  const records = generateCaseload()
  const size = `${CLIENTS} clients, ${records.contacts.length.toLocaleString('fi-FI')} contacts`
  const review = sampleMs(() => reviewCaseload(records, TODAY), SAMPLES)
  const report = sampleMs(() => outcomeReport(records, YEAR), SAMPLES)
  const rows: BenchRow[] = [
    {
      name: `process: caseload review, ${size}: p50 / p95`,
      value: timing(review),
      target: `p95 < ${TARGET_MS.review} ms`,
      ok: percentile(review, 95) < TARGET_MS.review,
    },
    {
      name: `process: yearly outcome report, ${size}: p50 / p95`,
      value: timing(report),
      target: `p95 < ${TARGET_MS.report} ms`,
      ok: percentile(report, 95) < TARGET_MS.report,
    },
  ]
  const vault = vaultWith(records)
  try {
    const loaded = loadCaseloadRecords(vault.db)
    const same = JSON.stringify(reviewCaseload(loaded, TODAY)) === JSON.stringify(reviewCaseload(records, TODAY))
    const load = sampleMs(() => loadCaseloadRecords(vault.db), SAMPLES, 1)
    const reviewMethod = sampleMs(() => caseloadReviewOf(vault.db, TODAY), SAMPLES, 1)
    const cache = new CaseloadRecordsCache()
    const store = { db: vault.db, sqlite: vault.sqlite }
    const reviewCached = sampleMs(() => caseloadReviewOf(vault.db, TODAY, cache.read(store)), SAMPLES, 1)
    const reportMethod = sampleMs(() => outcomeReportView(vault.db, YEAR), SAMPLES, 1)
    const ratio = percentile(load, 50) / percentile(review, 50)
    rows.push(
      {
        name: "process: the vault's records give the same review",
        value: same ? 'yes' : 'no',
        target: 'yes',
        ok: same,
      },
      {
        name: 'process: loading the records from the encrypted vault: p50 / p95',
        value: timing(load),
        target: '',
        ok: null,
      },
      { name: 'process: load time ÷ review time (medians)', value: `${ratio.toFixed(1)}×`, target: '', ok: null },
      {
        name: 'process: caseload-review method after a write (load + review + names): p50 / p95',
        value: timing(reviewMethod),
        target: `p95 < ${TARGET_MS.review} ms`,
        ok: percentile(reviewMethod, 95) < TARGET_MS.review,
      },
      {
        name: 'process: caseload-review method, nothing written since (records kept): p50 / p95',
        value: timing(reviewCached),
        target: `p95 < ${TARGET_MS.review} ms`,
        ok: percentile(reviewCached, 95) < TARGET_MS.review,
      },
      {
        name: 'process: reports-outcome method, a year (load + report + charts): p50 / p95',
        value: timing(reportMethod),
        target: `p95 < ${TARGET_MS.report} ms`,
        ok: percentile(reportMethod, 95) < TARGET_MS.report,
      },
    )
  } finally {
    vault.close()
  }
  return rows
}
