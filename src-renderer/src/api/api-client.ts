import type { ApiErrorCode, ApiFailure, FieldIssue } from '@core/api/api-error'
import type { Api, MethodName } from '@core/api/handlers'
import type { Transport } from './transport'

export class ApiCallError extends Error {
  readonly code: ApiErrorCode | 'unauthorized'
  readonly details: Record<string, unknown>
  readonly issues: FieldIssue[]
  constructor(failure: ApiFailure) {
    super(failure.code)
    this.code = failure.code
    this.details = failure.details ?? {}
    this.issues = failure.issues ?? []
  }
}

export type ApiClient = {
  call<Name extends MethodName>(name: Name, input: Api[Name]['input']): Promise<Api[Name]['output']>
  transport: Transport
}

export function createApiClient(transport: Transport, onLocked: () => void): ApiClient {
  return {
    transport,
    async call(name, input) {
      const result = await transport.invoke(name, input)
      if (result.ok) return result.value as never
      if (result.error.code === 'vault/locked') onLocked()
      throw new ApiCallError(result.error)
    },
  }
}
