import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Api } from '@shared/api'
import { useMemo } from 'react'
import type { ClientFields, ClientInput } from '@shared/clients/client-schema'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'
import { clientName } from './client-name'

export type ClientListInput = Api['clients-list']['input']

/** Every query key of the clients feature. */
export const clientKeys = {
  all: ['clients'] as const,
  lists: () => [...clientKeys.all, 'list'] as const,
  list: (input: ClientListInput) => [...clientKeys.lists(), input] as const,
  searches: () => [...clientKeys.all, 'search'] as const,
  search: (words: string, limit: number) => [...clientKeys.searches(), words, limit] as const,
  caseload: () => [...clientKeys.all, 'caseload'] as const,
  recent: () => [...clientKeys.all, 'recent'] as const,
  one: (id: string) => [...clientKeys.all, 'one', id] as const,
}

/**
 * One page of the client list. While the next page or search is on its way the previous one stays on screen
 * (`isPlaceholderData`); an answer to an older search is never shown, because only the current input's query is read.
 */
export function useClientPage(input: ClientListInput) {
  const api = useApi()
  return useQuery({
    queryKey: clientKeys.list(input),
    queryFn: () => api.call('clients-list', input),
    placeholderData: keepPreviousData,
  })
}

/** Open clients per IPS phase (home page). */
export function useCaseload() {
  const api = useApi()
  return useQuery({ queryKey: clientKeys.caseload(), queryFn: () => api.call('clients-caseload', {}) })
}

/** The clients worked on last: details, forms or calculations (home page). */
export function useRecentClients(limit = 6) {
  const api = useApi()
  return useQuery({ queryKey: clientKeys.recent(), queryFn: () => api.call('clients-recent', { limit }) })
}

/**
 * The first `limit` clients matching a search, and whether there are more: what a picker offers (never the whole
 * register). Nothing is asked while the search is empty.
 */
export function useClientSearch(search: string, limit: number) {
  const api = useApi()
  const words = search.trim()
  return useQuery({
    queryKey: clientKeys.search(words, limit),
    queryFn: async () => {
      const { items, total } = await api.call('clients-list', { search: words, limit })
      return { items, more: total > limit }
    },
    enabled: words !== '',
    placeholderData: keepPreviousData,
  })
}

/** One client; nothing is asked without an id. */
export function useClient(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: clientKeys.one(id),
    queryFn: () => api.call('clients-get', { id }),
    enabled: id !== '',
  })
}

/** The names of the given clients (each fetched once and cached as the client), for lists that show a few. */
export function useClientNames(ids: readonly string[]): Map<string, string> {
  const api = useApi()
  const results = useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: clientKeys.one(id),
      queryFn: () => api.call('clients-get', { id }),
    })),
  })
  return new Map(results.flatMap(({ data }) => (data ? [[data.id, clientName(data)] as const] : [])))
}

/** Creates a client (id null) or updates one. */
export function useSaveClient(id: string | null) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fields: ClientFields) =>
      id ? api.call('clients-update', { id, fields }) : api.call('clients-create', fields),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  })
}

export const useArchiveClient = () => useApiMutation('clients-archive', [clientKeys.all])

/**
 * A half-filled new client, kept while the coach visits other screens. Only in memory (never sessionStorage or
 * disk), in the query cache so that locking drops it with every other piece of client data.
 */
const NEW_CLIENT_DRAFT_KEY = ['new-client-draft'] as const

export function useNewClientDraft() {
  const queryClient = useQueryClient()
  return useMemo(() => {
    queryClient.setQueryDefaults(NEW_CLIENT_DRAFT_KEY, { gcTime: Infinity, staleTime: Infinity })
    return {
      read: () => queryClient.getQueryData<ClientInput>(NEW_CLIENT_DRAFT_KEY) ?? null,
      keep: (values: ClientInput) => queryClient.setQueryData(NEW_CLIENT_DRAFT_KEY, values),
      forget: () => queryClient.removeQueries({ queryKey: NEW_CLIENT_DRAFT_KEY }),
    }
  }, [queryClient])
}
