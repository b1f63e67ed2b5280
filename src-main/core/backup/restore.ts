import { randomUUID } from 'node:crypto'
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { ApiError } from '../api/api-error'
import { schemaVersion } from '../db/migrations'
import { openEncryptedDatabase, type Sqlite } from '../db/open-database'
import type { KeyFile } from '../vault/key-file'
import type { Vault } from '../vault/vault'
import { unwrapWithPassphrase, unwrapWithRecoveryKey } from '../vault/wrapped-keys'
import { decodeBackup, type BackupHeader } from './backup-file'
import { MAX_BACKUP_BYTES } from '../../shared/backup/backup-limits'
import type { RestoreSummary } from '../../shared/api/backup-api'

/** Largest backup file accepted: far above a coach's vault (10 000 clients ≈ 20 MB). */

export type { RestoreSummary }

type Staged = {
  id: string
  size: number
  received: number
  uploadPath: string
  databasePath: string
  checked: { header: BackupHeader; dataKey: Buffer; summary: RestoreSummary } | null
}

/**
 * Restore in three steps, so the live vault is touched only once everything is known to be good:
 * the file comes in (in chunks: browser mode's request size is limited), it is checked with the passphrase or recovery
 * key of its time (decrypts, integrity check, schema not newer than this app; clients and forms counted for the coach
 * to see), and only then it replaces the vault, which is moved aside and put back if the restored one does not open.
 * One restore at a time; the staged files are in the data folder and as encrypted as the backup itself.
 */
export class RestoreStaging {
  private staged: Staged | null = null

  constructor(private readonly vault: Vault) {}

  begin(size: number): { uploadId: string } {
    if (size > MAX_BACKUP_BYTES) throw new ApiError('backup/too-large')
    this.cancel()
    this.vault.files.ensureFolder()
    const id = randomUUID()
    const uploadPath = join(this.vault.dataDir, `restore-${id}.upload`)
    writeFileSync(uploadPath, new Uint8Array(0), { mode: 0o600 })
    this.staged = {
      id,
      size,
      received: 0,
      uploadPath,
      databasePath: join(this.vault.dataDir, `restore-${id}.db`),
      checked: null,
    }
    return { uploadId: id }
  }

  chunk(uploadId: string, offset: number, data: Buffer): { received: number } {
    const staged = this.find(uploadId)
    if (offset !== staged.received || staged.received + data.length > staged.size) throw new ApiError('conflict')
    const fd = openSync(staged.uploadPath, 'a')
    try {
      writeSync(fd, data)
    } finally {
      closeSync(fd)
    }
    staged.received += data.length
    return { received: staged.received }
  }

  async check(uploadId: string, secret: { passphrase: string } | { recoveryKey: string }): Promise<RestoreSummary> {
    const staged = this.find(uploadId)
    if (staged.received !== staged.size) throw new ApiError('conflict')
    const { header, database } = decodeBackup(readFileSync(staged.uploadPath))
    if (header.schemaVersion > this.vault.migrations.length) throw new ApiError('backup/from-newer-app')
    const dataKey =
      'passphrase' in secret
        ? await unwrapWithPassphrase(header.keys.passphrase, secret.passphrase)
        : unwrapWithRecoveryKey(header.keys.recovery, secret.recoveryKey)
    if (!dataKey) throw new ApiError('backup/wrong-secret')
    writeFileSync(staged.databasePath, database, { mode: 0o600 })
    let sqlite: Sqlite | null = null
    try {
      sqlite = openEncryptedDatabase(staged.databasePath, Buffer.from(dataKey), { create: false })
      const integrity = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>
      if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') throw new Error('integrity')
      const version = schemaVersion(sqlite)
      if (version > this.vault.migrations.length) throw new ApiError('backup/from-newer-app')
      const count = (table: string) => (sqlite!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
      const summary = {
        createdAt: header.createdAt,
        schemaVersion: version,
        clients: count('clients'),
        forms: count('form_documents'),
      }
      staged.checked?.dataKey.fill(0)
      staged.checked = { header, dataKey, summary }
      return summary
    } catch (error) {
      dataKey.fill(0)
      if (error instanceof ApiError) throw error
      throw new ApiError('backup/damaged')
    } finally {
      sqlite?.close()
    }
  }

  /** Replaces the vault with the checked backup and opens it. */
  async apply(uploadId: string): Promise<RestoreSummary> {
    const staged = this.find(uploadId)
    if (!staged.checked) throw new ApiError('conflict')
    const { header, dataKey, summary } = staged.checked
    const keyFile: KeyFile = {
      format: 1,
      createdAt: header.keys.createdAt,
      passphrase: header.keys.passphrase,
      recovery: header.keys.recovery,
      failedAttempts: 0,
      nextAttemptAt: null,
    }
    staged.checked = null
    this.staged = null // the vault locks on the way: that must not cancel this restore
    try {
      await this.vault.replaceWith(staged.databasePath, keyFile, dataKey)
    } finally {
      removeStagedFiles(staged)
    }
    return summary
  }

  cancel() {
    const staged = this.staged
    this.staged = null
    if (!staged) return
    staged.checked?.dataKey.fill(0)
    removeStagedFiles(staged)
  }

  private find(uploadId: string): Staged {
    if (!this.staged || this.staged.id !== uploadId) throw new ApiError('not-found')
    return this.staged
  }
}

function removeStagedFiles(staged: Staged) {
  for (const path of [
    staged.uploadPath,
    staged.databasePath,
    `${staged.databasePath}-wal`,
    `${staged.databasePath}-shm`,
  ]) {
    rmSync(path, { force: true })
  }
}
