import { phasesApi } from '../../shared/api/phases-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { changePhase, listPhases, removePhase } from './phase-service'

export function phaseHandlers(vault: Vault) {
  return implement(phasesApi, {
    'phases-list': ({ clientId }) => listPhases(vault.db, clientId),
    'phases-change': (change) => changePhase(vault, change),
    'phases-remove': ({ entryId }) => removePhase(vault, entryId),
  })
}
