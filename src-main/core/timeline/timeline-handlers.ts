import { timelineApi } from '../../shared/api/timeline-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { clientTimeline } from './timeline-service'

export function timelineHandlers(vault: Vault) {
  return implement(timelineApi, {
    'timeline-client': ({ clientId }) => clientTimeline(vault.db, clientId),
  })
}
