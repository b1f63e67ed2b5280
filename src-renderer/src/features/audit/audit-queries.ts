import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'

/** Every query key of the access log. */
export const auditKeys = {
  all: ['audit'] as const,
  client: (clientId: string) => [...auditKeys.all, 'client', clientId] as const,
  recent: () => [...auditKeys.all, 'recent'] as const,
}

const PAGE = 100

/** One client's entries; refetched on every visit (the log grows with every look). */
export function useClientAudit(clientId: string) {
  const api = useApi()
  return useQuery({
    queryKey: auditKeys.client(clientId),
    queryFn: () => api.call('audit-client', { clientId }),
    staleTime: 0,
    gcTime: 0,
  })
}

/** The whole log, newest first, a hundred entries at a time. */
export function useRecentAudit() {
  const api = useApi()
  return useInfiniteQuery({
    queryKey: auditKeys.recent(),
    queryFn: ({ pageParam }) =>
      api.call('audit-recent', { limit: PAGE, ...(pageParam === null ? {} : { beforeSeq: pageParam }) }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => (last.entries.length < PAGE ? undefined : (last.entries.at(-1)?.seq ?? undefined)),
    gcTime: 0,
  })
}
