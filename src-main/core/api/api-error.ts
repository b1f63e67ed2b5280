import type { ApiErrorCode, ApiErrorDetails } from '../../shared/api/errors'

/**
 * An error the renderer can show: a stable code (translated in the UI) and the details its code carries.
 * Messages never contain client data, so they are safe to log.
 */
export class ApiError<Code extends ApiErrorCode = ApiErrorCode> extends Error {
  readonly details: ApiErrorDetails[Code]

  constructor(
    readonly code: Code,
    ...details: Record<string, never> extends ApiErrorDetails[Code]
      ? [details?: ApiErrorDetails[Code]]
      : [details: ApiErrorDetails[Code]]
  ) {
    super(code)
    this.name = 'ApiError'
    this.details = details[0] ?? ({} as ApiErrorDetails[Code])
  }
}

export type { ApiErrorCode, ApiErrorDetails, ApiFailure, ApiResult, FieldIssue } from '../../shared/api/errors'
