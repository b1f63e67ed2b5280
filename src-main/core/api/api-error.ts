/**
 * An error the renderer can show: a stable code (translated in the UI) and optional details.
 * Messages never contain client data, so they are safe to log.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code)
    this.name = 'ApiError'
  }
}

export type ApiErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'internal'
  | 'vault/not-created'
  | 'vault/already-exists'
  | 'vault/locked'
  | 'vault/wrong-passphrase'
  | 'vault/wrong-recovery-key'
  | 'vault/too-many-attempts'
  | 'vault/database-key-mismatch'
  | 'vault/database-from-newer-app'
  | 'vault/key-file-damaged'
  | 'vault/key-file-missing'
  | 'vault/database-missing'
  | 'vault/database-empty'
  | 'vault/database-damaged'
  | 'vault/migration-failed'
  | 'vault/attempt-not-recorded'
  | 'vault/recovery-key-mismatch'
  | 'backup/invalid-file'
  | 'backup/damaged'
  | 'backup/wrong-secret'
  | 'backup/from-newer-app'
  | 'backup/too-large'
  | 'backup/folder-unavailable'
  | 'backup/write-failed'
  | 'not-found'
  | 'conflict'
  | 'forms/hash-mismatch'
  | 'calculator/invalid-calculation'

export type FieldIssue = { path: string; message: string }

export type ApiFailure = { code: ApiErrorCode; details?: Record<string, unknown>; issues?: FieldIssue[] }

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure }
