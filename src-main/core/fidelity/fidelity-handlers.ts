import { fidelityApi } from '../../shared/api/fidelity-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import {
  deleteFidelityReview,
  fidelityPrefillOf,
  getFidelityReview,
  listFidelityReviews,
  previousFidelityReview,
  saveFidelityReview,
} from './fidelity-service'

export function fidelityHandlers(vault: Vault) {
  return implement(fidelityApi, {
    'fidelity-list': () => listFidelityReviews(vault.db),
    'fidelity-get': ({ id }) => getFidelityReview(vault.db, id),
    'fidelity-previous': ({ before, excludeId }) => previousFidelityReview(vault.db, before, excludeId),
    'fidelity-prefill': ({ reviewedOn, employmentSpecialists }) =>
      fidelityPrefillOf(vault.db, reviewedOn, employmentSpecialists),
    'fidelity-save': ({ id, fields }) => saveFidelityReview(vault.db, id, fields),
    'fidelity-delete': ({ id }) => deleteFidelityReview(vault.db, id),
  })
}
