import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { VaultStatus } from '../../shared/api/vault-api'
import { ApiError } from '../api/api-error'
import { DatabaseFromNewerAppError, migrate, type Migration } from '../db/migrations'
import { openEncryptedDatabase, toDrizzle, WrongDatabaseKeyError, type Db, type Sqlite } from '../db/open-database'
import { readKeyFile, writeKeyFile, type KeyFile } from './key-file'
import {
  DEFAULT_SCRYPT,
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  unwrapKey,
  wrapKey,
  type ScryptParams,
} from './key-wrapping'
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key'
import { delayAfterFailures } from './unlock-throttle'

export type VaultOptions = {
  dataDir: string
  migrations: Migration[]
  scrypt?: ScryptParams
  now?: () => Date
}

export const VAULT_DB_FILE = 'vault.db'
export const VAULT_KEY_FILE = 'vault.keys.json'

/**
 * The encrypted vault: one SQLCipher database whose random 32-byte key is stored only wrapped,
 * once by the passphrase (scrypt) and once by the recovery key. Locking closes the database,
 * which drops the key from memory.
 */
export class Vault {
  readonly dbPath: string
  readonly keyPath: string
  private open: { sqlite: Sqlite; db: Db } | null = null
  private readonly lockListeners = new Set<() => void>()
  private readonly scryptParams: ScryptParams
  private readonly now: () => Date

  constructor(private readonly options: VaultOptions) {
    this.dbPath = join(options.dataDir, VAULT_DB_FILE)
    this.keyPath = join(options.dataDir, VAULT_KEY_FILE)
    this.scryptParams = options.scrypt ?? DEFAULT_SCRYPT
    this.now = options.now ?? (() => new Date())
  }

  status(): VaultStatus {
    const keyFile = readKeyFile(this.keyPath)
    if (!keyFile) return { state: 'no-vault', retryAfterSeconds: 0 }
    return { state: this.open ? 'unlocked' : 'locked', retryAfterSeconds: this.retryAfter(keyFile) }
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

  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    if (readKeyFile(this.keyPath) || existsSync(this.dbPath)) throw new ApiError('vault/already-exists')
    mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 })
    const dataKey = randomBytes(32)
    const recovery = generateRecoveryKey()
    const passphraseSalt = randomBytes(16)
    const recoverySalt = randomBytes(16)
    const createdAt = this.now().toISOString()
    const keyFile: KeyFile = {
      format: 1,
      createdAt,
      passphrase: {
        kdf: 'scrypt',
        salt: passphraseSalt.toString('base64'),
        params: this.scryptParams,
        wrappedKey: wrapKey(dataKey, await deriveFromPassphrase(passphrase, passphraseSalt, this.scryptParams)),
        changedAt: createdAt,
      },
      recovery: {
        kdf: 'hkdf-sha256',
        salt: recoverySalt.toString('base64'),
        wrappedKey: wrapKey(dataKey, deriveFromRecoveryKey(recovery.bytes, recoverySalt)),
      },
      failedAttempts: 0,
      nextAttemptAt: null,
    }
    recovery.bytes.fill(0)
    writeKeyFile(this.keyPath, keyFile)
    this.openWith(dataKey)
    return { recoveryKey: recovery.display }
  }

  async unlockWithPassphrase(passphrase: string): Promise<void> {
    const keyFile = this.requireKeyFileReadyForAttempt()
    const dataKey = await this.unwrapWithPassphrase(keyFile, passphrase)
    if (!dataKey) throw this.recordFailure(keyFile, 'vault/wrong-passphrase')
    this.recordSuccess(keyFile)
    this.openWith(dataKey)
  }

  /** The coach forgot the passphrase: the recovery key opens the vault and a new passphrase replaces the old. */
  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    const keyFile = this.requireKeyFileReadyForAttempt()
    const recoveryBytes = parseRecoveryKey(recoveryKey)
    const dataKey = recoveryBytes
      ? unwrapKey(
          keyFile.recovery.wrappedKey,
          deriveFromRecoveryKey(recoveryBytes, Buffer.from(keyFile.recovery.salt, 'base64')),
        )
      : null
    recoveryBytes?.fill(0)
    if (!dataKey) throw this.recordFailure(keyFile, 'vault/wrong-recovery-key')
    const rewrapped = await this.wrapWithNewPassphrase(keyFile, dataKey, newPassphrase)
    this.recordSuccess(rewrapped)
    this.openWith(dataKey)
  }

  /** Re-wraps the same database key; the database itself is not rewritten. */
  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    const keyFile = this.requireKeyFileReadyForAttempt()
    const dataKey = await this.unwrapWithPassphrase(keyFile, currentPassphrase)
    if (!dataKey) throw this.recordFailure(keyFile, 'vault/wrong-passphrase')
    const rewrapped = await this.wrapWithNewPassphrase(keyFile, dataKey, newPassphrase)
    dataKey.fill(0)
    this.recordSuccess(rewrapped)
  }

  lock() {
    if (!this.open) return
    for (const listener of this.lockListeners) listener()
    this.open.sqlite.close()
    this.open = null
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener)
    return () => this.lockListeners.delete(listener)
  }

  private openWith(dataKey: Buffer) {
    this.lock()
    try {
      const sqlite = openEncryptedDatabase(this.dbPath, dataKey)
      try {
        migrate(sqlite, this.options.migrations)
      } catch (error) {
        sqlite.close()
        throw error
      }
      this.open = { sqlite, db: toDrizzle(sqlite) }
      this.restrictFileModes()
    } catch (error) {
      if (error instanceof WrongDatabaseKeyError) throw new ApiError('vault/database-key-mismatch')
      if (error instanceof DatabaseFromNewerAppError) throw new ApiError('vault/database-from-newer-app')
      throw error
    } finally {
      dataKey.fill(0)
    }
  }

  /** Owner-only files, as Signal does: encrypted or not, other local users have no business reading them. */
  private restrictFileModes() {
    if (process.platform === 'win32') return
    for (const file of [this.dbPath, `${this.dbPath}-wal`, `${this.dbPath}-shm`, this.keyPath]) {
      if (existsSync(file)) chmodSync(file, 0o600)
    }
  }

  private async unwrapWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer | null> {
    const { salt, params, wrappedKey } = keyFile.passphrase
    return unwrapKey(wrappedKey, await deriveFromPassphrase(passphrase, Buffer.from(salt, 'base64'), params))
  }

  private async wrapWithNewPassphrase(keyFile: KeyFile, dataKey: Buffer, newPassphrase: string): Promise<KeyFile> {
    const salt = randomBytes(16)
    const wrappingKey = await deriveFromPassphrase(newPassphrase, salt, this.scryptParams)
    const updated: KeyFile = {
      ...keyFile,
      passphrase: {
        kdf: 'scrypt',
        salt: salt.toString('base64'),
        params: this.scryptParams,
        wrappedKey: wrapKey(dataKey, wrappingKey),
        changedAt: this.now().toISOString(),
      },
    }
    wrappingKey.fill(0)
    writeKeyFile(this.keyPath, updated)
    return updated
  }

  private requireKeyFileReadyForAttempt(): KeyFile {
    const keyFile = readKeyFile(this.keyPath)
    if (!keyFile) throw new ApiError('vault/not-created')
    const retryAfterSeconds = this.retryAfter(keyFile)
    if (retryAfterSeconds > 0) throw new ApiError('vault/too-many-attempts', { retryAfterSeconds })
    return keyFile
  }

  private retryAfter(keyFile: KeyFile): number {
    if (!keyFile.nextAttemptAt) return 0
    const milliseconds = Date.parse(keyFile.nextAttemptAt) - this.now().getTime()
    return milliseconds > 0 ? Math.ceil(milliseconds / 1000) : 0
  }

  private recordFailure(keyFile: KeyFile, code: 'vault/wrong-passphrase' | 'vault/wrong-recovery-key'): ApiError {
    const failedAttempts = keyFile.failedAttempts + 1
    const delaySeconds = delayAfterFailures(failedAttempts)
    const nextAttemptAt = delaySeconds > 0 ? new Date(this.now().getTime() + delaySeconds * 1000).toISOString() : null
    writeKeyFile(this.keyPath, { ...keyFile, failedAttempts, nextAttemptAt })
    return new ApiError(code, { failedAttempts, retryAfterSeconds: delaySeconds })
  }

  private recordSuccess(keyFile: KeyFile) {
    if (keyFile.failedAttempts === 0 && keyFile.nextAttemptAt === null) return
    writeKeyFile(this.keyPath, { ...keyFile, failedAttempts: 0, nextAttemptAt: null })
  }
}
