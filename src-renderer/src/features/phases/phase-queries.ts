import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../../api/api-client'
import { useApi } from '../../api/api-context'
import { JUST_FETCHED_MS } from '../../queries/just-fetched'
import { useApiMutation } from '../../queries/use-api-mutation'
import { clientKeys } from '../clients/client-queries'
import { timelineKeys } from '../timeline/timeline-queries'

/** Every query key of the phase history. */
export const phaseKeys = {
  all: ['phases'] as const,
  client: (clientId: string) => [...phaseKeys.all, 'client', clientId] as const,
}

export const phaseHistoryQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: phaseKeys.client(clientId),
    queryFn: () => api.call('phases-list', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export function usePhaseHistory(clientId: string) {
  return useQuery(phaseHistoryQuery(useApi(), clientId))
}

/** A phase change moves the client's current phase (lists, home page counts) and the timeline too. */
const refreshed = [phaseKeys.all, clientKeys.all, timelineKeys.all]
export const useChangePhase = () => useApiMutation('phases-change', refreshed)
export const useRemovePhase = () => useApiMutation('phases-remove', refreshed)
