import type { FidelityRecords } from '../../process'
import { caseloadApi, type CaseloadReviewView } from '../../shared/api/caseload-api'
import { localToday } from '../../shared/dates/dates'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { caseloadReviewOf } from './caseload-review'
import { CaseloadRecordsCache } from './records-cache'

export function caseloadHandlers(vault: Vault) {
  const cache = new CaseloadRecordsCache()
  // The last review, given again while its records and day are the same: reviewing 10 000 clients costs more than
  // the page that asks for it, and the home page asks on every visit.
  let last: { records: FidelityRecords; view: CaseloadReviewView } | null = null
  vault.onLock(() => {
    cache.clear()
    last = null
  })
  return implement(caseloadApi, {
    'caseload-review': ({ today = localToday() }) => {
      const records = cache.read({ db: vault.db, sqlite: vault.sqlite })
      if (last?.records !== records || last.view.today !== today) {
        last = { records, view: caseloadReviewOf(vault.db, today, records) }
      }
      return last.view
    },
  })
}
