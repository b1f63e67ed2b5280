import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { VaultState, VaultStatus } from '../../shared/api/vault-api'
import { ApiError } from '../api/api-error'
import type { Migration } from '../db/migrations'
import { toDrizzle, type Db, type Sqlite } from '../db/open-database'
import type { KeyFile } from './key-file'
import { DEFAULT_SCRYPT, type ScryptParams } from './key-wrapping'
import { OperationQueue } from './operation-queue'
import { displayRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key'
import { AttemptGuard, retryAfterSeconds } from './unlock-throttle'
import { openVaultDatabase, type OpenDatabaseMode } from './vault-database'
import { VaultFiles } from './vault-files'
import { unwrapWithPassphrase, unwrapWithRecoveryKey, wrapForPassphrase, wrapForRecoveryKey } from './wrapped-keys'

export { VAULT_DB_FILE, VAULT_KEY_FILE, VAULT_KEY_COPY_FILE } from './vault-files'

export type { VaultState, VaultStatus }

export type VaultOptions = {
  dataDir: string
  migrations: Migration[]
  scrypt?: ScryptParams
  now?: () => Date
}

type OpenVault = { sqlite: Sqlite; db: Db }

/**
 * What the access log hears from the vault, always while the database is open: an unlock, and the wrong passphrase or
 * recovery-key attempts counted since the last right one (made while the database was closed, so it could not log them).
 */
export type VaultAuditEvent =
  | { kind: 'unlocked'; how: 'passphrase' | 'recovery-key' }
  | { kind: 'wrong-secrets'; count: number; since: string | null }

/**
 * The encrypted vault: one SQLCipher database whose random 32-byte key is stored only wrapped, once by the
 * passphrase (scrypt) and once by the recovery key. The key is handed to SQLCipher and zeroed at once; locking
 * closes the database, whose cipher context SQLite3MultipleCiphers zeroes when it frees it.
 * Every operation that reads and rewrites the key file runs through one queue, one at a time.
 * (Over 300 lines on purpose: the operations share the queue, the attempt guard, the open database and the pending
 * recovery key; split up, the one invariant – one operation at a time – would be spread over files.)
 */
export class Vault {
  readonly files: VaultFiles
  private open: OpenVault | null = null
  /** The new recovery key's bytes until the coach types it back; zeroed on confirmation and on lock. */
  private pendingRecovery: Buffer | null = null
  /** Bumped by every lock: an unlock whose key derivation spans a lock does not open the vault afterwards. */
  private lockEpoch = 0
  private readonly queue = new OperationQueue()
  private readonly guard: AttemptGuard
  private readonly beforeLockHooks = new Set<(open: OpenVault) => void>()
  private readonly lockListeners = new Set<() => void>()
  private readonly auditListeners = new Set<(event: VaultAuditEvent, db: Db) => void>()
  private readonly scryptParams: ScryptParams
  readonly now: () => Date

  constructor(private readonly options: VaultOptions) {
    this.files = new VaultFiles(options.dataDir)
    this.scryptParams = options.scrypt ?? DEFAULT_SCRYPT
    this.now = options.now ?? (() => new Date())
    this.guard = new AttemptGuard(this.files.keys, this.now)
  }

  get dbPath() {
    return this.files.dbPath
  }
  get keyPath() {
    return this.files.keys.primaryPath
  }
  get dataDir() {
    return this.options.dataDir
  }
  get migrations() {
    return this.options.migrations
  }

  status(): VaultStatus {
    const base = {
      retryAfterSeconds: 0,
      recoveryKeyPending: false,
      problem: null,
      keyFileCopyInUse: false,
      dataDir: this.options.dataDir,
    }
    const files = this.files.inspect()
    if (files.kind === 'empty' || files.kind === 'interrupted-creation') return { ...base, state: 'no-vault' }
    if (files.kind === 'damaged') return { ...base, state: 'damaged', problem: files.problem }
    return {
      ...base,
      state: this.open ? 'unlocked' : 'locked',
      retryAfterSeconds: this.open ? 0 : retryAfterSeconds(files.keyFile, this.now()),
      recoveryKeyPending: this.open !== null && this.pendingRecovery !== null,
      keyFileCopyInUse: files.keySource === 'copy',
    }
  }

  /** The database is open (cheap: no file is read, unlike status()). */
  get isOpen(): boolean {
    return this.open !== null
  }

  assertUnlocked() {
    if (!this.open) throw new ApiError('vault/locked')
  }

  get db(): Db {
    if (!this.open) throw new ApiError('vault/locked')
    return this.open.db
  }

  get sqlite(): Sqlite {
    if (!this.open) throw new ApiError('vault/locked')
    return this.open.sqlite
  }

  /** A new, empty vault. Where vault files already exist, only with `replaceExisting`: they are moved aside. */
  create(passphrase: string, { replaceExisting = false } = {}): Promise<{ recoveryKey: string }> {
    return this.queue.run(async () => {
      const files = this.files.inspect()
      if (files.kind === 'interrupted-creation') this.files.removeVaultFiles()
      else if (files.kind !== 'empty') {
        if (!replaceExisting) throw new ApiError('vault/already-exists', { damaged: files.kind === 'damaged' })
        this.lock()
        this.files.moveAside('before-new-vault', this.now())
      }
      this.files.ensureFolder()
      this.files.markCreationStarted()
      const dataKey = randomBytes(32)
      const recovery = generateRecoveryKey()
      const createdAt = this.now().toISOString()
      const keyFile: KeyFile = {
        format: 1,
        createdAt,
        passphrase: await wrapForPassphrase(dataKey, passphrase, this.scryptParams, this.now()),
        recovery: { ...wrapForRecoveryKey(dataKey, recovery.bytes), confirmedAt: null },
        failedAttempts: 0,
        nextAttemptAt: null,
      }
      this.openWith(dataKey, { create: true })
      try {
        this.open!.sqlite.pragma('wal_checkpoint(TRUNCATE)') // page 1 on disk, so its salt can be recorded
        this.files.keys.write({ ...keyFile, databaseSalt: this.files.databaseSalt() ?? undefined })
        this.files.markCreationFinished()
      } catch (error) {
        this.closeQuietly()
        this.files.removeVaultFiles()
        throw error
      }
      this.pendingRecovery = recovery.bytes
      return { recoveryKey: recovery.display }
    })
  }

  unlockWithPassphrase(passphrase: string): Promise<void> {
    const epoch = this.lockEpoch
    return this.queue.run(async () => {
      const counted = this.guard.begin(this.existingKeyFile())
      const dataKey = await unwrapWithPassphrase(counted.passphrase, passphrase)
      if (!dataKey) throw this.guard.failed(counted, 'vault/wrong-passphrase')
      let keyFile = this.guard.succeeded(counted)
      let newRecovery: Buffer | null = null
      try {
        if (epoch !== this.lockEpoch) throw new ApiError('vault/locked')
        if (keyFile.recovery.confirmedAt === null) {
          // Creation was interrupted, or the key was never typed back: the coach may not have it. Make a new one.
          newRecovery = generateRecoveryKey().bytes
          keyFile = { ...keyFile, recovery: { ...wrapForRecoveryKey(dataKey, newRecovery), confirmedAt: null } }
          this.files.keys.write(keyFile)
        }
      } catch (error) {
        dataKey.fill(0)
        newRecovery?.fill(0)
        throw error
      }
      this.openWith(dataKey, { create: false, keyFile })
      this.pendingRecovery = newRecovery
      this.reportAttempts(counted)
      this.emitAudit({ kind: 'unlocked', how: 'passphrase' })
    })
  }

  /** The coach forgot the passphrase: the recovery key opens the vault and a new passphrase replaces the old. */
  unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    const epoch = this.lockEpoch
    return this.queue.run(async () => {
      const counted = this.guard.begin(this.existingKeyFile())
      const dataKey = unwrapWithRecoveryKey(counted.recovery, recoveryKey)
      if (!dataKey) throw this.guard.failed(counted, 'vault/wrong-recovery-key')
      const reset = this.guard.succeeded(counted)
      let keyFile: KeyFile
      try {
        keyFile = {
          ...reset,
          passphrase: await wrapForPassphrase(dataKey, newPassphrase, this.scryptParams, this.now()),
          // The coach has just typed the key in: it is known to be kept.
          recovery: { ...reset.recovery, confirmedAt: reset.recovery.confirmedAt ?? this.now().toISOString() },
        }
        if (epoch !== this.lockEpoch) throw new ApiError('vault/locked')
        this.files.keys.write(keyFile)
      } catch (error) {
        dataKey.fill(0)
        throw error
      }
      this.openWith(dataKey, { create: false, keyFile })
      this.reportAttempts(counted)
      this.emitAudit({ kind: 'unlocked', how: 'recovery-key' })
    })
  }

  /** Checks the passphrase (counted like an unlock attempt) and changes nothing: it ends the client-present mode. */
  verifyPassphrase(passphrase: string): Promise<void> {
    return this.queue.run(async () => {
      this.assertUnlocked()
      const { dataKey } = await this.unwrapCountedPassphrase(passphrase)
      dataKey.fill(0)
    })
  }

  /** The scrypt cost this vault uses for new wrappings (also the PIN's hash). */
  get scrypt(): ScryptParams {
    return this.scryptParams
  }

  /** Re-wraps the same database key; the database itself is not rewritten. */
  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    return this.queue.run(async () => {
      this.assertUnlocked()
      const { dataKey, keyFile } = await this.unwrapCountedPassphrase(currentPassphrase)
      try {
        this.files.keys.write({
          ...keyFile,
          passphrase: await wrapForPassphrase(dataKey, newPassphrase, this.scryptParams, this.now()),
        })
      } finally {
        dataKey.fill(0)
      }
    })
  }

  /** A new recovery key replaces the old one, which stops working at once; it is shown until typed back. */
  renewRecoveryKey(passphrase: string): Promise<void> {
    return this.queue.run(async () => {
      this.assertUnlocked()
      const { dataKey, keyFile } = await this.unwrapCountedPassphrase(passphrase)
      const recovery = generateRecoveryKey().bytes
      try {
        this.files.keys.write({
          ...keyFile,
          recovery: { ...wrapForRecoveryKey(dataKey, recovery), confirmedAt: null },
        })
      } catch (error) {
        recovery.fill(0)
        throw error
      } finally {
        dataKey.fill(0)
      }
      this.pendingRecovery?.fill(0)
      this.pendingRecovery = recovery
    })
  }

  /** The recovery key waiting to be typed back, for the key sheet and its printout. */
  pendingRecoveryKey(): { recoveryKey: string; vaultCreatedAt: string } {
    this.assertUnlocked()
    if (!this.pendingRecovery) throw new ApiError('not-found')
    return {
      recoveryKey: displayRecoveryKey(this.pendingRecovery),
      vaultCreatedAt: this.existingKeyFile().createdAt,
    }
  }

  /** The coach typed the key back (any spacing or case): only now is the vault ready. */
  confirmRecoveryKey(typed: string): Promise<void> {
    return this.queue.run(() => {
      this.assertUnlocked()
      const pending = this.pendingRecovery
      if (!pending) return
      const parsed = parseRecoveryKey(typed)
      const same = parsed !== null && parsed.length === pending.length && timingSafeEqual(parsed, pending)
      parsed?.fill(0)
      if (!same) throw new ApiError('vault/recovery-key-mismatch')
      const keyFile = this.existingKeyFile()
      this.files.keys.write({ ...keyFile, recovery: { ...keyFile.recovery, confirmedAt: this.now().toISOString() } })
      pending.fill(0)
      this.pendingRecovery = null
    })
  }

  /**
   * Restore: the current files are moved aside, the verified database and its key file take their place, and the
   * vault opens with `dataKey` (zeroed here). If it does not open, the moved files are put back.
   */
  replaceWith(stagedDatabase: string, keyFile: KeyFile, dataKey: Buffer): Promise<void> {
    return this.queue.run(() => {
      this.lock()
      const aside = this.files.moveAside('before-restore', this.now())
      try {
        this.files.installDatabase(stagedDatabase)
        this.files.keys.write(keyFile)
        this.openWith(dataKey, { create: false, keyFile })
      } catch (error) {
        dataKey.fill(0)
        this.closeQuietly()
        if (aside) this.files.moveBack(aside)
        else this.files.removeVaultFiles()
        throw error
      }
    })
  }

  /** The key file in use, for backups. Throws the file problem when there is none. */
  existingKeyFile(): KeyFile {
    const files = this.files.inspect()
    if (files.kind === 'vault') return files.keyFile
    if (files.kind === 'damaged') throw new ApiError(files.problem)
    throw new ApiError('vault/not-created')
  }

  /** Opens the database with `dataKey` (zeroed here, whatever happens); see openVaultDatabase for the checks. */
  private openWith(dataKey: Buffer, mode: OpenDatabaseMode) {
    if (this.open) this.closeQuietly()
    try {
      const sqlite = openVaultDatabase(this.files, dataKey, mode, this.options.migrations)
      this.open = { sqlite, db: toDrizzle(sqlite) }
    } finally {
      dataKey.fill(0)
    }
    if (!mode.create && !mode.keyFile.databaseSalt) {
      this.files.keys.write({ ...mode.keyFile, databaseSalt: this.files.databaseSalt() ?? undefined })
    }
    this.files.restrictModes()
  }

  /** Runs the before-lock hooks (automatic backup), closes the database and forgets every secret. */
  lock() {
    this.lockEpoch++
    this.pendingRecovery?.fill(0)
    this.pendingRecovery = null
    const open = this.open
    if (!open) return
    for (const hook of this.beforeLockHooks) {
      try {
        hook(open)
      } catch {
        // A failing hook (a backup folder on a removed USB stick) must never keep the vault open.
      }
    }
    this.closeQuietly()
    for (const listener of this.lockListeners) listener()
  }

  /** Work to do with the open database just before it closes (lock, quit). Must be quick and synchronous. */
  beforeLock(hook: (open: OpenVault) => void): () => void {
    this.beforeLockHooks.add(hook)
    return () => this.beforeLockHooks.delete(hook)
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener)
    return () => this.lockListeners.delete(listener)
  }

  /** Unlocks and wrong-secret counts, for the access log; called with the open database. */
  onAudit(listener: (event: VaultAuditEvent, db: Db) => void): () => void {
    this.auditListeners.add(listener)
    return () => this.auditListeners.delete(listener)
  }

  private emitAudit(event: VaultAuditEvent) {
    const open = this.open
    if (!open) return
    for (const listener of this.auditListeners) {
      try {
        listener(event, open.db)
      } catch {
        // Logging must never undo an unlock; a failed log write shows up as a gap the coach cannot see, not as a lock-out.
      }
    }
  }

  /** `counted` includes the attempt that just succeeded: the ones before it were wrong. */
  private reportAttempts(counted: KeyFile) {
    if (counted.failedAttempts > 1) {
      this.emitAudit({ kind: 'wrong-secrets', count: counted.failedAttempts - 1, since: counted.failedSince ?? null })
    }
  }

  private closeQuietly() {
    const open = this.open
    this.open = null
    open?.sqlite.close()
  }

  private async unwrapCountedPassphrase(passphrase: string): Promise<{ dataKey: Buffer; keyFile: KeyFile }> {
    const counted = this.guard.begin(this.existingKeyFile())
    const dataKey = await unwrapWithPassphrase(counted.passphrase, passphrase)
    if (!dataKey) throw this.guard.failed(counted, 'vault/wrong-passphrase')
    const keyFile = this.guard.succeeded(counted)
    this.reportAttempts(counted)
    return { dataKey, keyFile }
  }
}
