import type { z } from 'zod'
import { apiContract, type BackendEvent } from '../shared/api'
import { ApiError, type ApiResult } from './api/api-error'
import { createHandlers } from './api/handlers'
import { loadMigrations } from './db/migrations'
import { Vault } from './vault/vault'
import type { ScryptParams } from './vault/key-wrapping'

export type BackendOptions = { dataDir: string; migrationsDir: string; scrypt?: ScryptParams }

export type { BackendEvent }

export type Backend = {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>
  onEvent(listener: (event: BackendEvent) => void): () => void
  lock(): void
  close(): void
}

/**
 * The core behind one entry point. Electron IPC and the loopback HTTP transport both call `invoke`,
 * so every input is validated here, once, whatever carried it.
 */
export function createBackend(options: BackendOptions): Backend {
  const vault = new Vault({
    dataDir: options.dataDir,
    migrations: loadMigrations(options.migrationsDir),
    scrypt: options.scrypt,
  })
  const contract: Record<string, { input: z.ZodType }> = apiContract
  const handlers = createHandlers(vault) as Record<string, (input: unknown) => unknown>
  const listeners = new Set<(event: BackendEvent) => void>()
  vault.onLock(() => listeners.forEach((listener) => listener({ name: 'vault-locked' })))

  return {
    async invoke(name, input) {
      const endpoint = Object.hasOwn(contract, name) ? contract[name] : undefined
      const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined
      if (!endpoint || !handler) return { ok: false, error: { code: 'unknown-method' } }
      const parsed = endpoint.input.safeParse(input ?? {})
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-input', issues: toFieldIssues(parsed.error) } }
      }
      try {
        return { ok: true, value: (await handler(parsed.data)) ?? null }
      } catch (error) {
        if (error instanceof ApiError)
          return { ok: false, error: { code: error.code, details: error.details } as never }
        // Only the error's kind is logged: messages from SQLite or zod may quote client data.
        console.error(
          `[core] ${name} failed: ${(error as Error)?.name ?? 'Error'} ${(error as { code?: string })?.code ?? ''}`,
        )
        return { ok: false, error: { code: 'internal' } }
      }
    },
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
