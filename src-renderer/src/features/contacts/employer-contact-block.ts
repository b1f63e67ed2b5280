import type { ClientConsents } from '@shared/api/forms-api'

export type EmployerContactBlock = 'no-agreement' | 'undecided' | 'no-contact'

/** Why the coach may not contact employers about this client (the core refuses the same), or null when allowed. */
export function employerContactBlock(consents: ClientConsents | undefined): EmployerContactBlock | null {
  if (!consents) return null
  const decision = consents.employerContact
  if (decision === null) return 'no-agreement'
  if (decision.mayContactEmployers === false) return 'no-contact'
  if (decision.mayContactEmployers === null) return 'undecided'
  return null
}
