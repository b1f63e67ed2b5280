import { caseloadApi } from '../../shared/api/caseload-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { caseloadReviewOf } from './caseload-review'
import { CaseloadRecordsCache } from './records-cache'

export function caseloadHandlers(vault: Vault) {
  const cache = new CaseloadRecordsCache()
  vault.onLock(() => cache.clear())
  return implement(caseloadApi, {
    'caseload-review': ({ today }) =>
      caseloadReviewOf(vault.db, today, cache.read({ db: vault.db, sqlite: vault.sqlite })),
  })
}
