import { auditApi } from './audit-api'
import { backupApi } from './backup-api'
import { calculatorApi } from './calculator-api'
import { caseloadApi } from './caseload-api'
import { clientsApi } from './clients-api'
import { contactsApi } from './contacts-api'
import { dataRequestsApi } from './data-requests-api'
import { educationApi } from './education-api'
import { employersApi } from './employers-api'
import { fidelityApi } from './fidelity-api'
import { combineContracts, type Endpoint, type InputOf, type OutputOf } from './endpoint'
import type { ApiResult } from './errors'
import type { BackendEvent } from './events'
import { formsApi } from './forms-api'
import { jobsApi } from './jobs-api'
import { phasesApi } from './phases-api'
import { privacyApi } from './privacy-api'
import { procedureCodesApi } from './procedure-codes-api'
import { reportsApi } from './reports-api'
import { settingsApi } from './settings-api'
import type { shellApi } from './shell-api'
import { type ShellMethodName } from './shell-api'
import { timelineApi } from './timeline-api'
import { vaultApi } from './vault-api'

/** The whole API of the core: every method the renderer can call, by name, with its input schema and output type. */
export const apiContract = combineContracts(
  vaultApi,
  backupApi,
  clientsApi,
  formsApi,
  calculatorApi,
  settingsApi,
  phasesApi,
  contactsApi,
  procedureCodesApi,
  employersApi,
  jobsApi,
  educationApi,
  timelineApi,
  privacyApi,
  auditApi,
  dataRequestsApi,
  caseloadApi,
  reportsApi,
  fidelityApi,
)

export type ApiContract = typeof apiContract
export type MethodName = keyof ApiContract

type Described<C extends Record<string, Endpoint>> = {
  [Name in keyof C]: { input: InputOf<C[Name]>; output: OutputOf<C[Name]> }
}

/** What the renderer sees: each method's input (before parsing) and its output. */
export type Api = Described<ApiContract>
/** The Electron-only methods, handled by the main process. */
export type ShellApi = Described<typeof shellApi>

/**
 * How the renderer reaches the core: Electron's preload bridge or browser mode's loopback HTTP. Both carry core
 * methods; only the Electron bridge also carries the shell methods.
 */
export type Transport = {
  invoke<Name extends MethodName | ShellMethodName>(
    name: Name,
    input: (Api & ShellApi)[Name]['input'],
  ): Promise<ApiResult<(Api & ShellApi)[Name]['output']>>
  on(listener: (event: BackendEvent) => void): () => void
  /**
   * Browser mode only: fire a call that outlives the page (reload, tab closed) as a keepalive request.
   * Returns false when it cannot (a body over the browser's limit).
   */
  sendWhileLeaving?<Name extends MethodName>(name: Name, input: Api[Name]['input']): boolean
}

export { isShellMethod, shellApi, type ShellMethodName } from './shell-api'
export type { ApiErrorCode, ApiErrorDetails, ApiFailure, ApiResult, FieldIssue } from './errors'
export type { BackendEvent } from './events'
export type { InputOf, OutputOf, ParsedInputOf } from './endpoint'
