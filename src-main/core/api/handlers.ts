import type { ApiContract, BackendEvent } from '../../shared/api'
import { auditHandlers } from '../audit/audit-handlers'
import { backupHandlers } from '../backup/backup-handlers'
import { calculatorHandlers } from '../calculator/calculator-handlers'
import { caseloadHandlers } from '../caseload/caseload-handlers'
import { clientHandlers } from '../clients/client-handlers'
import { contactHandlers } from '../contacts/contact-handlers'
import { dataRequestsHandlers } from '../data-requests/data-requests-handlers'
import { employerHandlers } from '../employers/employer-handlers'
import { fidelityHandlers } from '../fidelity/fidelity-handlers'
import { formHandlers } from '../forms/form-handlers'
import { educationHandlers, jobHandlers } from '../jobs/job-handlers'
import { phaseHandlers } from '../phases/phase-handlers'
import { privacyHandlers } from '../privacy/privacy-handlers'
import { procedureCodeHandlers } from '../procedure-codes/procedure-code-handlers'
import { reportsHandlers } from '../reports/reports-handlers'
import { settingsHandlers } from '../settings/settings-handlers'
import { timelineHandlers } from '../timeline/timeline-handlers'
import { vaultHandlers } from '../vault/vault-handlers'
import type { Vault } from '../vault/vault'
import type { Implementation } from './implement'

/**
 * Every method of the API contract (`src-main/shared/api`), implemented. Each feature implements its own part of the
 * contract; a missing method is a compile error here, a name defined twice a start-up error in the contract.
 */
export function createHandlers(
  vault: Vault,
  emit: (event: BackendEvent) => void = () => {},
): Implementation<ApiContract> {
  return {
    ...vaultHandlers(vault),
    ...backupHandlers(vault),
    ...clientHandlers(vault),
    ...formHandlers(vault),
    ...calculatorHandlers(vault),
    ...settingsHandlers(vault),
    ...phaseHandlers(vault),
    ...contactHandlers(vault),
    ...procedureCodeHandlers(vault),
    ...employerHandlers(vault),
    ...jobHandlers(vault),
    ...educationHandlers(vault),
    ...timelineHandlers(vault),
    ...auditHandlers(vault),
    ...privacyHandlers(vault, emit),
    ...dataRequestsHandlers(vault),
    ...caseloadHandlers(vault),
    ...reportsHandlers(vault),
    ...fidelityHandlers(vault),
  }
}
