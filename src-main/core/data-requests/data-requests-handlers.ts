import { dataRequestsApi } from '../../shared/api/data-requests-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { deleteClientPermanently } from './client-deletion'
import { exportClientData } from './client-export'
import { retentionReview } from './retention-review'

/** A client's data requests: everything about them as JSON or a PDF, permanent deletion, the retention review. */
export function dataRequestsHandlers(vault: Vault) {
  return implement(dataRequestsApi, {
    'data-export-client': ({ clientId, purpose }) => exportClientData(vault.db, clientId, purpose, vault.now()),
    'data-delete-client': ({ clientId, confirmName }) =>
      deleteClientPermanently(vault, clientId, confirmName, vault.now()),
    'data-retention-review': () => retentionReview(vault.db, vault.now()),
  })
}
