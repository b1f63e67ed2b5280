import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'

/** Every query key of the client timeline. */
export const timelineKeys = {
  all: ['timeline'] as const,
  client: (clientId: string) => [...timelineKeys.all, 'client', clientId] as const,
}

export function useClientTimeline(clientId: string) {
  const api = useApi()
  return useQuery({ queryKey: timelineKeys.client(clientId), queryFn: () => api.call('timeline-client', { clientId }) })
}
