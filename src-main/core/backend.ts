import type { z } from 'zod'
import { apiContract, type BackendEvent, type MethodName } from '../shared/api'
import { clientDataFileName } from '../shared/data-requests/file-name'
import { localToday } from '../shared/dates/dates'
import { createAccessGuard } from './access/access-guard'
import { ApiError, type ApiResult } from './api/api-error'
import { createHandlers } from './api/handlers'
import { saveBackupTo } from './backup/backup-service'
import { exportClientData } from './data-requests/client-export'
import { writeFileDurably } from './files/durable-file'
import { loadMigrations } from './db/migrations'
import { getAppLanguage } from './settings/app-language'
import { Vault } from './vault/vault'
import type { ScryptParams } from './vault/key-wrapping'

export type BackendOptions = { dataDir: string; migrationsDir: string; scrypt?: ScryptParams }

export type Backend = {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>
  onEvent(listener: (event: BackendEvent) => void): () => void
  /** Electron's save dialog: a backup written to the path the coach chose (never reachable from the renderer). */
  saveBackupTo(path: string): Promise<ApiResult<{ fileName: string }>>
  /** Electron's save dialog: a client's data export (JSON) written to the path the coach chose. */
  saveClientDataTo(path: string, clientId: string): Promise<ApiResult<null>>
  /** The file name the save dialog suggests for a client's data: today's, in the app's language, with no name. */
  clientDataFileName(): string
  lock(): void
  close(): void
}

/**
 * The core behind one entry point. Electron IPC and the loopback HTTP transport both call `invoke`,
 * so every input is validated here, once, against the API contract, whatever carried it.
 */
export function createBackend(options: BackendOptions): Backend {
  const vault = new Vault({
    dataDir: options.dataDir,
    migrations: loadMigrations(options.migrationsDir),
    scrypt: options.scrypt,
  })
  const contract: Record<string, { input: z.ZodType }> = apiContract
  const listeners = new Set<(event: BackendEvent) => void>()
  const emit = (event: BackendEvent) => listeners.forEach((listener) => listener(event))
  const handlers = createHandlers(vault, emit) as Record<string, (input: unknown) => unknown>
  const guard = createAccessGuard(vault)
  vault.onLock(() => emit({ name: 'vault-locked' }))

  async function run<T>(name: string, work: () => Promise<T> | T): Promise<ApiResult<T>> {
    try {
      return { ok: true, value: ((await work()) ?? null) as T }
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, details: error.details } as never }
      // Only the error's kind is logged: messages from SQLite or zod may quote client data.
      console.error(
        `[core] ${name} failed: ${(error as Error)?.name ?? 'Error'} ${(error as { code?: string })?.code ?? ''}`,
      )
      return { ok: false, error: { code: 'internal' } }
    }
  }

  return {
    async invoke(name, input) {
      const endpoint = Object.hasOwn(contract, name) ? contract[name] : undefined
      const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined
      if (!endpoint || !handler) return { ok: false, error: { code: 'unknown-method' } }
      const parsed = endpoint.input.safeParse(input ?? {})
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-input', issues: toFieldIssues(parsed.error) } }
      }
      return run(name, async () => {
        const checked = guard.check(name as MethodName, parsed.data)
        const value = await handler(parsed.data)
        guard.record(checked, value)
        return value
      })
    },
    saveBackupTo: (path) =>
      run('save-backup', () => {
        guard.check('backup-create', {})
        return saveBackupTo(vault, path)
      }),
    saveClientDataTo: (path, clientId) =>
      run('save-client-data', () => {
        guard.check('data-export-client', { clientId, purpose: 'json' })
        const data = exportClientData(vault.db, clientId, 'json', vault.now())
        writeFileDurably(path, JSON.stringify(data, null, 2))
        return null
      }),
    clientDataFileName: () =>
      clientDataFileName(localToday(vault.now()), vault.isOpen ? getAppLanguage(vault.db) : 'fi'),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    lock: () => vault.lock(),
    close: () => vault.lock(),
  }
}

function toFieldIssues(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}
