/**
 * An invalid calculation input, or a month the parameter table has no rules for. `path` names the field as the
 * caller wrote it (e.g. `benefits[2].monthlyAmount`, `wage.netMonthly`, `month`), so a caller can point at the field
 * without parsing the message. The message stays `path: detail` for logs and tests.
 */
export class CalcInputError extends Error {
  readonly path: string
  readonly detail: string

  constructor(path: string, detail: string, options?: { cause?: unknown }) {
    super(`${path}: ${detail}`, options)
    this.name = 'CalcInputError'
    this.path = path
    this.detail = detail
  }
}

/** The field path of an engine error, or undefined when the error is not an input error. */
export function inputErrorPath(error: unknown): string | undefined {
  return error instanceof CalcInputError ? error.path : undefined
}
