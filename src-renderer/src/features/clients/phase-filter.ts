import { IPS_PHASES, type ClientListItem } from '@shared/clients/client-schema'

/** The client list narrowed to the open clients of one IPS phase, or of none yet (the home page's counts open it). */
export type PhaseFilter = (typeof IPS_PHASES)[number] | 'none'

export function phaseFilterPath(phase: PhaseFilter): string {
  return `/clients?phase=${phase}`
}

/** The filter in the list's address, or null when there is none (or it is not one the app writes). */
export function readPhaseFilter(value: string | null): PhaseFilter | null {
  if (value === 'none') return 'none'
  return IPS_PHASES.find((phase) => String(phase) === value) ?? null
}

/** A phase is the current work of open clients: a closed client is not counted in any phase. */
export function matchesPhaseFilter(client: ClientListItem, filter: PhaseFilter | null): boolean {
  if (filter === null) return true
  if (client.status === 'closed') return false
  return filter === 'none' ? client.phase === null : client.phase === filter
}
