import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { syncFolder, writeFileDurably } from '../files/durable-file'
import { KeyFileStore, type KeyFile } from './key-file'
import type { VaultFileProblem } from '../../shared/api/vault-api'

export const VAULT_DB_FILE = 'vault.db'
export const VAULT_KEY_FILE = 'vault.keys.json'
export const VAULT_KEY_COPY_FILE = 'vault.keys.copy.json'
/** Present only while a vault is being created: a crash leaves it, and the half-made vault is removed. */
export const CREATION_MARKER_FILE = 'vault.creating'
/** Old vault files moved out of the way (a new vault made over damaged files, a restore), never deleted. */
export const ASIDE_FOLDER = 'aside'

/** Damage found without any key: each has its own message in the UI. */
export type FileProblem = VaultFileProblem

export type FilesState =
  | { kind: 'empty' }
  | { kind: 'interrupted-creation' }
  | { kind: 'damaged'; problem: FileProblem }
  | { kind: 'vault'; keyFile: KeyFile; keySource: 'primary' | 'copy' }

/** The vault's files in its data folder, and what state they are in. */
export class VaultFiles {
  readonly dbPath: string
  readonly keys: KeyFileStore
  readonly markerPath: string

  constructor(readonly dataDir: string) {
    this.dbPath = join(dataDir, VAULT_DB_FILE)
    this.keys = new KeyFileStore(join(dataDir, VAULT_KEY_FILE), join(dataDir, VAULT_KEY_COPY_FILE))
    this.markerPath = join(dataDir, CREATION_MARKER_FILE)
  }

  /** Every file that belongs to a vault, existing or not. */
  get allPaths(): string[] {
    return [this.dbPath, `${this.dbPath}-wal`, `${this.dbPath}-shm`, this.keys.primaryPath, this.keys.copyPath]
  }

  inspect(): FilesState {
    const keys = this.keys.read()
    const dbExists = existsSync(this.dbPath)
    if (keys.kind === 'none') {
      if (existsSync(this.markerPath)) return { kind: 'interrupted-creation' }
      if (!dbExists && !existsSync(`${this.dbPath}-wal`)) return { kind: 'empty' }
      return { kind: 'damaged', problem: 'vault/key-file-missing' }
    }
    if (keys.kind === 'damaged') return { kind: 'damaged', problem: 'vault/key-file-damaged' }
    if (!dbExists) return { kind: 'damaged', problem: 'vault/database-missing' }
    if (statSync(this.dbPath).size === 0) return { kind: 'damaged', problem: 'vault/database-empty' }
    return { kind: 'vault', keyFile: keys.keyFile, keySource: keys.source }
  }

  /** The first 16 bytes of the database: SQLCipher's salt, stored in the clear. */
  databaseSalt(): string | null {
    if (!existsSync(this.dbPath)) return null
    const bytes = readFileSync(this.dbPath).subarray(0, 16)
    return bytes.length === 16 ? bytes.toString('base64') : null
  }

  /** Owner-only files, as Signal does: encrypted or not, other local users have no business reading them. */
  restrictModes() {
    if (process.platform === 'win32') return
    for (const file of this.allPaths) if (existsSync(file)) chmodSync(file, 0o600)
  }

  ensureFolder() {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 })
  }

  markCreationStarted() {
    writeFileDurably(this.markerPath, new Date().toISOString())
  }

  markCreationFinished() {
    rmSync(this.markerPath, { force: true })
    syncFolder(this.dataDir)
  }

  /**
   * Removes every vault file: a crash during creation left a database no key file opens (nothing was ever stored in
   * it), or a restore into an empty folder did not open.
   */
  removeVaultFiles() {
    for (const path of [...this.allPaths, this.markerPath]) rmSync(path, { force: true })
    syncFolder(this.dataDir)
  }

  /** Moves every existing vault file into aside/<time>-<reason>/ and returns that folder (null if nothing existed). */
  moveAside(reason: string, now: Date): string | null {
    const present = [...this.allPaths, this.markerPath].filter((path) => existsSync(path))
    if (present.length === 0) return null
    const folder = join(this.dataDir, ASIDE_FOLDER, `${now.toISOString().replace(/[:.]/g, '-')}-${reason}`)
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    for (const path of present) renameSync(path, join(folder, path.slice(this.dataDir.length + 1)))
    syncFolder(folder)
    syncFolder(this.dataDir)
    return folder
  }

  /** Moves a verified database (a restore) into place. */
  installDatabase(staged: string) {
    renameSync(staged, this.dbPath)
    syncFolder(this.dataDir)
  }

  /** Puts files moved aside back where they were (a restore that did not open). */
  moveBack(folder: string) {
    for (const path of this.allPaths) rmSync(path, { force: true })
    for (const path of [...this.allPaths, this.markerPath]) {
      const aside = join(folder, path.slice(this.dataDir.length + 1))
      if (existsSync(aside)) renameSync(aside, path)
    }
    rmSync(folder, { recursive: true, force: true })
    syncFolder(this.dataDir)
  }
}
