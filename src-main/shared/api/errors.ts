/** A field the core refused: its path in the input and an i18n message key (or a zod message for unexpected shapes). */
export type FieldIssue = { path: string; message: string }

/**
 * Every error code the API can return, with the details it carries. A code is translated in the renderer; details
 * never contain client data, so errors are safe to log.
 */
export type ApiErrorDetails = {
  'invalid-input': { reason?: 'draft-shape' | 'signer-role' | 'image-missing' }
  'unknown-method': Record<string, never>
  /** The transport refused the caller (wrong token or origin in browser mode, an untrusted frame in Electron). */
  unauthorized: Record<string, never>
  internal: Record<string, never>
  'vault/not-created': Record<string, never>
  /** `damaged`: the files there are damaged; starting over is the coach's explicit choice (replaceExisting). */
  'vault/already-exists': { damaged?: boolean }
  'vault/locked': Record<string, never>
  'vault/wrong-passphrase': { failedAttempts: number; retryAfterSeconds: number }
  'vault/wrong-recovery-key': { failedAttempts: number; retryAfterSeconds: number }
  'vault/too-many-attempts': { retryAfterSeconds: number }
  'vault/database-key-mismatch': Record<string, never>
  'vault/database-from-newer-app': Record<string, never>
  'vault/key-file-damaged': Record<string, never>
  'vault/key-file-missing': Record<string, never>
  'vault/database-missing': Record<string, never>
  'vault/database-empty': Record<string, never>
  /** PRAGMA quick_check found damage inside the database. */
  'vault/database-damaged': Record<string, never>
  'vault/migration-failed': Record<string, never>
  /** The wrong-attempt counter could not be written (e.g. a full disk), so the attempt was refused. */
  'vault/attempt-not-recorded': Record<string, never>
  /** The recovery key typed back is not the one shown. */
  'vault/recovery-key-mismatch': Record<string, never>
  'backup/invalid-file': Record<string, never>
  'backup/damaged': Record<string, never>
  'backup/wrong-secret': Record<string, never>
  'backup/from-newer-app': Record<string, never>
  'backup/too-large': Record<string, never>
  'backup/folder-unavailable': Record<string, never>
  'backup/write-failed': Record<string, never>
  'not-found': { what?: 'form-definition' }
  conflict: { reason?: 'no-draft' }
  'forms/hash-mismatch': Record<string, never>
  /**
   * Contacting an employer about this client is not allowed: the disclosure decision forbids it (`no-contact`), has
   * not been made (`undecided`), or there is no finalised cooperation agreement yet (`no-agreement`).
   */
  'contacts/employer-contact-not-allowed': { reason: 'no-contact' | 'undecided' | 'no-agreement' }
  /** Another employer in the register has this business ID. */
  'employers/duplicate-business-id': Record<string, never>
  /** A code with this start date is already in the table. */
  'procedure-codes/duplicate': Record<string, never>
  /** An end date before the start (a job or studies). */
  'records/ends-before-start': Record<string, never>
  /** The client-present mode is on: the method would reach another client's data (or all clients'). */
  'privacy/client-present': Record<string, never>
  'privacy/pin-not-set': Record<string, never>
  /** Wrong PIN; `triesLeft` before only the passphrase works, `retryAfterSeconds` before the next try. */
  'privacy/wrong-pin': { triesLeft: number; retryAfterSeconds: number }
  'privacy/pin-wait': { retryAfterSeconds: number }
  /** Too many wrong PINs: only the passphrase ends the mode. */
  'privacy/pin-blocked': Record<string, never>
  /** The name typed to confirm a permanent deletion is not the client's name. */
  'data/confirmation-mismatch': Record<string, never>
  /** The engine refused the calculation; `path` names the input field (e.g. `benefits.1.monthlyAmount`). */
  'calculator/invalid-calculation': { path: string }
}

export type ApiErrorCode = keyof ApiErrorDetails

/** How a failure crosses a transport: a code, its details, and field issues for `invalid-input`. */
export type ApiFailure = {
  [Code in ApiErrorCode]: { code: Code; details?: ApiErrorDetails[Code]; issues?: FieldIssue[] }
}[ApiErrorCode]

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure }
