import type {
  Api,
  ApiErrorCode,
  ApiErrorDetails,
  ApiFailure,
  FieldIssue,
  MethodName,
  ShellApi,
  ShellMethodName,
} from '@shared/api'
import type { Transport } from './transport'

/** A failed API call, as the renderer handles it: the code, the details that code carries, and field issues. */
export class ApiCallError<Code extends ApiErrorCode = ApiErrorCode> extends Error {
  readonly code: Code
  readonly details: ApiErrorDetails[Code]
  readonly issues: FieldIssue[]

  constructor(failure: ApiFailure & { code: Code }) {
    super(failure.code)
    this.code = failure.code
    // The core always sends the details its code carries (ApiError requires them); codes without details send {}.
    this.details = (failure.details ?? {}) as ApiErrorDetails[Code]
    this.issues = failure.issues ?? []
  }

  /** Narrows the error to one code, so its details are typed. */
  is<Other extends ApiErrorCode>(code: Other): this is ApiCallError<Other> {
    return (this.code as ApiErrorCode) === code
  }
}

export type ApiClient = {
  call<Name extends MethodName>(name: Name, input: Api[Name]['input']): Promise<Api[Name]['output']>
  /** A desktop-only method the Electron shell answers (dialogs, print windows); callers check `isElectron()` first. */
  shell<Name extends ShellMethodName>(name: Name, input: ShellApi[Name]['input']): Promise<ShellApi[Name]['output']>
  transport: Transport
}

export function createApiClient(transport: Transport, onLocked: () => void): ApiClient {
  return {
    transport,
    async call(name, input) {
      const result = await transport.invoke(name, input)
      if (result.ok) return result.value
      if (result.error.code === 'vault/locked') onLocked()
      throw new ApiCallError(result.error)
    },
    async shell(name, input) {
      const result = await transport.invoke(name, input)
      if (result.ok) return result.value
      throw new ApiCallError(result.error)
    },
  }
}
