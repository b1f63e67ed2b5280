import { ApiError } from '../api/api-error'
import type { KeyFile, KeyFileStore } from './key-file'

/** The longest a coach ever waits, whatever the clock or the file says. */
export const MAX_DELAY_SECONDS = 60

/** Seconds to wait after the nth wrong attempt in a row: none for the first three, then doubling up to a minute. */
export function delayAfterFailures(failedAttempts: number): number {
  if (failedAttempts < 3) return 0
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failedAttempts - 2))
}

/** Seconds until the next attempt is allowed, never more than a minute (a wrong clock cannot lock the coach out). */
export function retryAfterSeconds(keyFile: KeyFile, now: Date): number {
  if (!keyFile.nextAttemptAt) return 0
  const milliseconds = Date.parse(keyFile.nextAttemptAt) - now.getTime()
  if (Number.isNaN(milliseconds)) return MAX_DELAY_SECONDS
  return Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(milliseconds / 1000)))
}

/**
 * Wrong-attempt accounting for passphrase and recovery-key attempts. The attempt is counted as failed and written
 * to disk *before* the slow key derivation starts, and only reset after it succeeded: no number of parallel or
 * killed attempts gets more guesses than the delay allows. When the count cannot be written, the attempt is refused.
 * Callers run one attempt at a time (the vault's operation queue).
 */
export class AttemptGuard {
  constructor(
    private readonly keys: KeyFileStore,
    private readonly now: () => Date,
  ) {}

  /** Returns the key file as written with this attempt counted; throws vault/too-many-attempts while waiting. */
  begin(keyFile: KeyFile): KeyFile {
    const now = this.now()
    const wait = retryAfterSeconds(keyFile, now)
    if (wait > 0) {
      if (
        Date.parse(keyFile.nextAttemptAt!) - now.getTime() > MAX_DELAY_SECONDS * 1000 ||
        !Number.isFinite(Date.parse(keyFile.nextAttemptAt!))
      ) {
        // The clock moved back, or the file was edited: the wait starts again from now and really ends in a minute.
        this.tryWrite({ ...keyFile, nextAttemptAt: new Date(now.getTime() + wait * 1000).toISOString() })
      }
      throw new ApiError('vault/too-many-attempts', { retryAfterSeconds: wait })
    }
    const failedAttempts = keyFile.failedAttempts + 1
    const delay = delayAfterFailures(failedAttempts)
    const counted: KeyFile = {
      ...keyFile,
      failedAttempts,
      failedSince: keyFile.failedAttempts === 0 ? now.toISOString() : (keyFile.failedSince ?? now.toISOString()),
      nextAttemptAt: delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null,
    }
    if (!this.tryWrite(counted)) throw new ApiError('vault/attempt-not-recorded')
    return counted
  }

  /** The error for a wrong secret: the count is already on disk. */
  failed(counted: KeyFile, code: 'vault/wrong-passphrase' | 'vault/wrong-recovery-key'): ApiError {
    return new ApiError(code, {
      failedAttempts: counted.failedAttempts,
      retryAfterSeconds: retryAfterSeconds(counted, this.now()),
    })
  }

  /** The secret was right: the count goes back to zero (if that write fails, the coach only waits a little more). */
  succeeded(counted: KeyFile): KeyFile {
    const reset: KeyFile = { ...counted, failedAttempts: 0, nextAttemptAt: null, failedSince: null }
    this.tryWrite(reset)
    return reset
  }

  private tryWrite(keyFile: KeyFile): boolean {
    try {
      this.keys.write(keyFile)
      return true
    } catch {
      return false
    }
  }
}
