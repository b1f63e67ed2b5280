import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newVault, TEST_PASSPHRASE, tempDir, unlockedVault } from '../../../tests/unit/support/temp-vault'
import { dumpEveryTable, fillEveryTable } from '../../../tests/unit/support/vault-rows'
import { apiContract, type Api, type MethodName } from '../../shared/api'
import { createHandlers } from '../api/handlers'
import type { Vault } from '../vault/vault'
import { decodeBackup, encodeBackup } from './backup-file'
import { createBackupNow } from './backup-service'

type Handlers = ReturnType<typeof createHandlers>

/** Calls a handler as the backend does: the input parsed by the method's contract first. */
async function call<Name extends MethodName>(handlers: Handlers, name: Name, input: unknown) {
  const handler = handlers[name] as (parsed: unknown) => unknown
  return (await handler(apiContract[name].input.parse(input))) as Api[Name]['output']
}

/** Sends a backup file to the core in chunks, as the renderer does, and checks it with `secret`. */
async function stage(
  handlers: Handlers,
  file: Buffer,
  secret: { passphrase: string } | { recoveryKey: string },
  chunk = 1000,
) {
  const { uploadId } = await call(handlers, 'backup-restore-begin', { size: file.length })
  for (let offset = 0; offset < file.length; offset += chunk) {
    await call(handlers, 'backup-restore-chunk', {
      uploadId,
      offset,
      data: file.subarray(offset, offset + chunk).toString('base64'),
    })
  }
  const summary = await call(handlers, 'backup-restore-check', { uploadId, ...secret })
  return { uploadId, summary }
}

function flipMiddleByte(file: string) {
  const bytes = readFileSync(file)
  const at = Math.floor(bytes.length / 4096 / 2) * 4096 + 1500
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.from([bytes[at]! ^ 0xff]), 0, 1, at)
  closeSync(fd)
}

async function vaultWithEveryTable() {
  const { vault, recoveryKey } = await unlockedVault()
  fillEveryTable(vault.sqlite)
  for (let i = 0; i < 300; i++) {
    vault.sqlite
      .prepare(
        `INSERT INTO clients (id, first_name, last_name, status, search_text, created_at, updated_at) VALUES (?, 'Etu', ?, 'active', 'x', 'x', 'x')`,
      )
      .run(`bulk-${i}`, `Suku ${'x'.repeat(200)} ${i}`)
  }
  return { vault, recoveryKey, handlers: createHandlers(vault) }
}

/** Every row as before; the access log is the old one plus the entries the backup, restore or unlock added. */
function expectSameRowsAndLogGrown(
  after: Record<string, unknown[]>,
  before: Record<string, unknown[]>,
  added: string[],
) {
  const { audit_log: log, ...rows } = after
  const { audit_log: logBefore, ...rowsBefore } = before
  expect(rows).toEqual(rowsBefore)
  expect(log!.slice(0, logBefore!.length)).toEqual(logBefore)
  expect(log!.slice(logBefore!.length).map((row) => (row as { action: string }).action)).toEqual(added)
}

describe('backup and restore', () => {
  it('backup → damage the live vault → restore gives back every row of every table', async () => {
    const { vault, handlers } = await vaultWithEveryTable()
    const before = dumpEveryTable(vault.sqlite)
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]) // every table has data
    const { data } = await call(handlers, 'backup-create', {})
    const file = Buffer.from(data, 'base64')
    expect(file.includes(Buffer.from('Virtanen'))).toBe(false)
    vault.lock()
    flipMiddleByte(vault.dbPath)
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'vault/database-damaged' })

    const { uploadId, summary } = await stage(handlers, file, { passphrase: TEST_PASSPHRASE })
    expect(summary).toMatchObject({ clients: 302, forms: 2, schemaVersion: vault.migrations.length })
    await call(handlers, 'backup-restore-apply', { uploadId })
    expect(vault.status()).toMatchObject({ state: 'unlocked', recoveryKeyPending: false })
    expectSameRowsAndLogGrown(dumpEveryTable(vault.sqlite), before, ['backup', 'restore'])
    // The damaged vault was moved aside, not deleted; the staged files are gone.
    const [aside] = readdirSync(join(vault.dataDir, 'aside'))
    expect(aside).toMatch(/before-restore$/)
    expect(readdirSync(vault.dataDir).filter((name) => name.startsWith('restore-'))).toEqual([])
    vault.lock()
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
  })

  it('restores into an empty data folder with the recovery key of the time of the backup', async () => {
    const { vault, recoveryKey } = await vaultWithEveryTable()
    const before = dumpEveryTable(vault.sqlite)
    const file = createBackupNow(vault).bytes
    await vault.renewRecoveryKey(TEST_PASSPHRASE) // later key changes do not matter to an old backup

    const fresh = newVault({ dataDir: join(tempDir(), 'uusi kone') })
    const freshHandlers = createHandlers(fresh)
    await expect(stage(freshHandlers, file, { recoveryKey: 'A'.repeat(32) })).rejects.toMatchObject({
      code: 'backup/wrong-secret',
    })
    const { uploadId } = await stage(freshHandlers, file, { recoveryKey: recoveryKey.toLowerCase() }, 64 * 1024)
    await call(freshHandlers, 'backup-restore-apply', { uploadId })
    expectSameRowsAndLogGrown(dumpEveryTable(fresh.sqlite), before, ['backup', 'restore'])
    expect(existsSync(join(fresh.dataDir, 'aside'))).toBe(false)
  })

  it('says what is wrong with a file that is not a backup, a cut-short one, or one from a newer app', async () => {
    const { vault, handlers } = await vaultWithEveryTable()
    const file = createBackupNow(vault).bytes
    const secret = { passphrase: TEST_PASSPHRASE }
    await expect(stage(handlers, Buffer.from('%PDF-1.7 ei varmuuskopio'), secret)).rejects.toMatchObject({
      code: 'backup/invalid-file',
    })
    await expect(stage(handlers, file.subarray(0, file.length - 10), secret)).rejects.toMatchObject({
      code: 'backup/damaged',
    })
    const { header, database } = decodeBackup(file)
    const newer = encodeBackup({ ...header, schemaVersion: 99 }, database)
    await expect(stage(handlers, newer, secret)).rejects.toMatchObject({ code: 'backup/from-newer-app' })
    await expect(stage(handlers, file, { passphrase: 'väärä salalause' })).rejects.toMatchObject({
      code: 'backup/wrong-secret',
    })
    expect(vault.status().state).toBe('unlocked') // nothing was replaced
  })

  it('puts the current vault back when the restored one does not open', async () => {
    const { vault, handlers } = await vaultWithEveryTable()
    const file = createBackupNow(vault).bytes
    const before = dumpEveryTable(vault.sqlite)
    const { uploadId } = await stage(handlers, file, { passphrase: TEST_PASSPHRASE })
    const staged = readdirSync(vault.dataDir).find((name) => /^restore-.*\.db$/.test(name))!
    flipMiddleByte(join(vault.dataDir, staged)) // damaged after the check, e.g. by a failing disk
    await expect(call(handlers, 'backup-restore-apply', { uploadId })).rejects.toMatchObject({
      code: 'vault/database-damaged',
    })
    expect(existsSync(join(vault.dataDir, 'aside'))).toBe(true)
    expect(readdirSync(join(vault.dataDir, 'aside'))).toEqual([])
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    expectSameRowsAndLogGrown(dumpEveryTable(vault.sqlite), before, ['unlock'])
  })

  it('backs up automatically at most once a day on lock into the chosen folder, keeping the newest N', async () => {
    let now = new Date('2026-11-23T16:00:00')
    const { vault } = await unlockedVault({ now: () => now })
    const handlers = createHandlers(vault)
    const folder = join(tempDir(), 'USB-tikku')
    await expect(call(handlers, 'backup-settings-set', { folder, keep: 2 })).rejects.toMatchObject({
      code: 'backup/folder-unavailable',
    })
    mkdirSync(folder)
    writeFileSync(join(folder, 'oma tiedosto.txt'), 'ei kuulu sovellukselle')
    await call(handlers, 'backup-settings-set', { folder, keep: 2 })

    const lockAndUnlock = async () => {
      vault.lock()
      await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    }
    await lockAndUnlock()
    await lockAndUnlock() // the same day: no second backup
    const ours = () => readdirSync(folder).filter((name) => name.endsWith('.tvbackup'))
    expect(ours()).toEqual(['tyohonvalmentaja-varmuuskopio-2026-11-23-160000.tvbackup'])
    for (const day of [24, 25]) {
      now = new Date(`2026-11-${day}T08:30:00`)
      await lockAndUnlock()
    }
    expect(ours()).toEqual([
      'tyohonvalmentaja-varmuuskopio-2026-11-24-083000.tvbackup',
      'tyohonvalmentaja-varmuuskopio-2026-11-25-083000.tvbackup',
    ])
    expect(readdirSync(folder)).toContain('oma tiedosto.txt')
    expect(statSync(join(folder, ours()[1]!)).mode & 0o077).toBe(0)
    expect(await call(handlers, 'backup-status', {})).toMatchObject({
      folder,
      keep: 2,
      lastAt: now.toISOString(),
      lastAutomaticAt: now.toISOString(),
      lastError: null,
    })
  })

  it('locks even when the backup folder is gone, and remembers the failure', async () => {
    let now = new Date('2026-11-23T16:00:00')
    const vault: Vault = (await unlockedVault({ now: () => now })).vault
    const handlers = createHandlers(vault)
    const folder = join(tempDir(), 'USB-tikku')
    mkdirSync(folder)
    await call(handlers, 'backup-settings-set', { folder, keep: 10 })
    const { rmSync } = await import('node:fs')
    rmSync(folder, { recursive: true })
    vault.lock()
    expect(vault.status().state).toBe('locked')
    now = new Date('2026-11-23T16:05:00')
    await vault.unlockWithPassphrase(TEST_PASSPHRASE)
    expect(await call(handlers, 'backup-status', {})).toMatchObject({
      lastAt: null,
      lastError: { at: new Date('2026-11-23T16:00:00').toISOString(), code: 'backup/folder-unavailable' },
    })
  })
})
