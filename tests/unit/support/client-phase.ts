import { getClient } from '../../../src-main/core/clients/client-service'
import { changePhase } from '../../../src-main/core/phases/phase-service'
import type { Store } from '../../../src-main/core/db/store'
import type { Client } from '../../../src-main/shared/clients/client-schema'
import type { Phase } from '../../../src-main/shared/phases/phase-schema'

/** The client in an IPS phase (through the phase history, as the coach sets it), or left without one. */
export function inPhase(store: Store, client: Client, phase: Phase | null): Client {
  if (phase === null) return client
  changePhase(store, { clientId: client.id, phase, fromDate: '2026-01-05', maintenance: false, note: null })
  return getClient(store.db, client.id)
}
