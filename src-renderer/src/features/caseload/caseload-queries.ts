import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useApi } from '../../api/api-context'

/** Every query key of the caseload review (Etusivu). */
export const caseloadKeys = {
  all: ['caseload'] as const,
  review: () => [...caseloadKeys.all, 'review'] as const,
}

/** The review of today: what is due this week, active clients by phase, the recommended caseload. */
export function useCaseloadReview() {
  const api = useApi()
  return useQuery({ queryKey: caseloadKeys.review(), queryFn: () => api.call('caseload-review', {}) })
}

/**
 * Figures computed from every record (the review, the reports, the IPS-25 suggestions) go stale with any write: a
 * contact, a phase, a job, a finalised form. Rather than every feature naming them, they are refreshed after any
 * successful change made through a mutation. `keys` must be a constant (a new array each render resubscribes).
 */
export function useRefreshAfterWrites(keys: readonly QueryKey[]) {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey })
        }
      }),
    [queryClient, keys],
  )
}
