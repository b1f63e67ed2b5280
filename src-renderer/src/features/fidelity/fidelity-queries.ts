import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the IPS-25 reviews. */
export const fidelityKeys = {
  all: ['fidelity'] as const,
  list: () => [...fidelityKeys.all, 'list'] as const,
  one: (id: string) => [...fidelityKeys.all, 'one', id] as const,
  previous: (before: string, excludeId: string | undefined) =>
    [...fidelityKeys.all, 'previous', before, excludeId ?? null] as const,
  prefill: (reviewedOn: string, specialists: number) =>
    [...fidelityKeys.all, 'prefill', reviewedOn, specialists] as const,
}

export function useFidelityReviews() {
  const api = useApi()
  return useQuery({ queryKey: fidelityKeys.list(), queryFn: () => api.call('fidelity-list', {}) })
}

export function useFidelityReview(id: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: fidelityKeys.one(id ?? ''),
    queryFn: () => api.call('fidelity-get', { id: id! }),
    enabled: id !== null,
  })
}

/** The newest review dated before `before` (not `excludeId`): what this one is compared with. */
export function usePreviousFidelityReview(before: string | null, excludeId?: string) {
  const api = useApi()
  return useQuery({
    queryKey: fidelityKeys.previous(before ?? '', excludeId),
    queryFn: () => api.call('fidelity-previous', { before: before!, ...(excludeId ? { excludeId } : {}) }),
    enabled: before !== null,
    placeholderData: keepPreviousData,
  })
}

/** What the records suggest on the review day. */
export function useFidelityPrefill(reviewedOn: string | null, employmentSpecialists: number | null) {
  const api = useApi()
  const specialists = employmentSpecialists ?? 1
  return useQuery({
    queryKey: fidelityKeys.prefill(reviewedOn ?? '', specialists),
    queryFn: () => api.call('fidelity-prefill', { reviewedOn: reviewedOn!, employmentSpecialists: specialists }),
    enabled: reviewedOn !== null && specialists >= 0.1,
    placeholderData: keepPreviousData,
  })
}

export const useSaveFidelityReview = () => useApiMutation('fidelity-save', [fidelityKeys.all])
/** The deleted review's own query is left alone: its page is being left, and asking for it again would fail. */
export const useDeleteFidelityReview = () =>
  useApiMutation('fidelity-delete', [fidelityKeys.list(), [...fidelityKeys.all, 'previous']])
