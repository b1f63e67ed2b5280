import { caseloadApi } from '../../shared/api/caseload-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { caseloadReviewOf } from './caseload-review'

export function caseloadHandlers(vault: Vault) {
  return implement(caseloadApi, {
    'caseload-review': ({ today }) => caseloadReviewOf(vault.db, today),
  })
}
