import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ApiClient } from '../../api/api-client'
import { useApi } from '../../api/api-context'
import { JUST_FETCHED_MS } from '../../queries/just-fetched'

/** Every query key of the client timeline. */
export const timelineKeys = {
  all: ['timeline'] as const,
  client: (clientId: string) => [...timelineKeys.all, 'client', clientId] as const,
}

export const clientTimelineQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: timelineKeys.client(clientId),
    queryFn: () => api.call('timeline-client', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export function useClientTimeline(clientId: string) {
  return useQuery(clientTimelineQuery(useApi(), clientId))
}
