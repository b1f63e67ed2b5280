// npm run bench: performance targets, printed as a table (not asserted in tests).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchBenefits } from './benefits-bench'
import { benchProcess } from './process-bench'
import { percentile } from './timing'
import { listClients } from '../../src-main/core/clients/client-list'
import { createClient, updateClient } from '../../src-main/core/clients/client-service'
import { loadMigrations, migrate } from '../../src-main/core/db/migrations'
import { checkDatabaseIntegrity, openEncryptedDatabase, toDrizzle, type Db } from '../../src-main/core/db/open-database'
import { Vault } from '../../src-main/core/vault/vault'
import { fakeClient, SEARCH_TERMS } from './fake-clients'

const ROOT = join(import.meta.dirname, '..', '..')
const migrations = loadMigrations(join(ROOT, 'drizzle'))
const CLIENTS = 10_000
const SAMPLES = 300

type Row = { measure: string; value: string; target: string; ok: string }
const rows: Row[] = []
const add = (measure: string, value: string, target = '', ok: boolean | null = null) =>
  rows.push({ measure, value, target, ok: ok === null ? '' : ok ? 'yes' : 'NO' })

function measureDatabase(label: string, key: Buffer | null) {
  const dir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-bench-'))
  try {
    return measureDatabaseIn(dir, label, key)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function measureDatabaseIn(dir: string, label: string, key: Buffer | null) {
  const sqlite = openEncryptedDatabase(join(dir, 'vault.db'), key, { create: true })
  migrate(sqlite, migrations)
  const db: Db = toDrizzle(sqlite)
  const ids: string[] = []
  sqlite.transaction(() => {
    for (let i = 0; i < CLIENTS; i++) ids.push(createClient(db, fakeClient(i)).id)
  })()
  const terms = SEARCH_TERMS
  const search: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now()
    listClients(db, { search: terms[i % terms.length] })
    search.push(performance.now() - start)
  }
  const save: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now()
    updateClient(db, ids[(i * 37) % ids.length]!, fakeClient(i + 1))
    save.push(performance.now() - start)
  }
  // What unlock adds since issue 7: PRAGMA quick_check reads every page (and SQLCipher checks each page's HMAC).
  // Measured on a fresh connection, as at unlock: nothing decrypted in the page cache yet.
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const quickCheck: number[] = []
  for (let i = 0; i < 3; i++) {
    const fresh = openEncryptedDatabase(join(dir, 'vault.db'), key && Buffer.from(key), { create: false })
    const start = performance.now()
    checkDatabaseIntegrity(fresh)
    quickCheck.push(performance.now() - start)
    fresh.close()
  }
  const backupStart = performance.now()
  sqlite.prepare('VACUUM INTO ?').run(join(dir, 'backup.db'))
  const backupMs = performance.now() - backupStart
  const backupBytes = statSync(join(dir, 'backup.db')).size
  sqlite.close()
  return { label, search, save, quickCheckMs: percentile(quickCheck, 50), backupMs, backupBytes }
}

async function measureUnlock() {
  const dir = mkdtempSync(join(tmpdir(), 'tyohonvalmentaja-bench-'))
  const vault = new Vault({ dataDir: dir, migrations })
  try {
    const { recoveryKey } = await vault.create('benchmark passphrase 2026')
    await vault.confirmRecoveryKey(recoveryKey)
    vault.lock()
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const start = performance.now()
      await vault.unlockWithPassphrase('benchmark passphrase 2026')
      times.push(performance.now() - start)
      vault.lock()
    }
    return percentile(times, 50)
  } finally {
    vault.lock()
    rmSync(dir, { recursive: true, force: true })
  }
}

const unlockMs = await measureUnlock()
add(
  'Vault unlock (scrypt N=2^17 + open + quick_check + migrate), median of 3',
  `${unlockMs.toFixed(0)} ms`,
  '300–1000 ms',
  unlockMs >= 300 && unlockMs <= 1000,
)

const encrypted = measureDatabase('encrypted', randomBytes(32))
const plain = measureDatabase('plain', null)
for (const run of [encrypted, plain]) {
  const p95Search = percentile(run.search, 95)
  const p95Save = percentile(run.save, 95)
  add(
    `Client search, ${CLIENTS} clients, ${run.label}: p50 / p95`,
    `${percentile(run.search, 50).toFixed(2)} / ${p95Search.toFixed(2)} ms`,
    run.label === 'encrypted' ? 'p95 < 20 ms' : '',
    run.label === 'encrypted' ? p95Search < 20 : null,
  )
  add(
    `Client save, ${CLIENTS} clients, ${run.label}: p50 / p95`,
    `${percentile(run.save, 50).toFixed(2)} / ${p95Save.toFixed(2)} ms`,
    run.label === 'encrypted' ? 'p95 < 10 ms' : '',
    run.label === 'encrypted' ? p95Save < 10 : null,
  )
}
add(
  `PRAGMA quick_check at unlock, ${CLIENTS} clients, encrypted (median of 3)`,
  `${encrypted.quickCheckMs.toFixed(0)} ms`,
  '< 500 ms',
  encrypted.quickCheckMs < 500,
)
add(
  `Backup copy (VACUUM INTO), ${CLIENTS} clients, encrypted`,
  `${encrypted.backupMs.toFixed(0)} ms, ${(encrypted.backupBytes / 1024 / 1024).toFixed(1)} MiB`,
  '< 2000 ms (runs on lock)',
  encrypted.backupMs < 2000,
)
const searchRatio = percentile(encrypted.search, 50) / percentile(plain.search, 50)
const saveRatio = percentile(encrypted.save, 50) / percentile(plain.save, 50)
add('Encryption overhead, search (median ratio)', `${searchRatio.toFixed(2)}×`, '< 1.5×', searchRatio < 1.5)
add('Encryption overhead, save (median ratio)', `${saveRatio.toFixed(2)}×`, '< 1.5×', saveRatio < 1.5)

for (const row of benchBenefits()) add(row.name, row.value, row.target)
for (const row of benchProcess()) add(row.name, row.value, row.target, row.ok)

const widths = (['measure', 'value', 'target', 'ok'] as const).map((column) =>
  Math.max(column.length, ...rows.map((row) => row[column].length)),
)
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
console.log(line(['measure', 'value', 'target', 'ok']))
console.log(line(widths.map((w) => '-'.repeat(w))))
for (const row of rows) console.log(line([row.measure, row.value, row.target, row.ok]))
