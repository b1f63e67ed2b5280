import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ClientFields, ClientInput } from '@shared/clients/client-schema'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the clients feature. */
export const clientKeys = {
  all: ['clients'] as const,
  list: (search: string, includeArchived: boolean) => [...clientKeys.all, 'list', search, includeArchived] as const,
  one: (id: string) => [...clientKeys.all, 'one', id] as const,
}

export function useClientList(search: string, includeArchived: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: clientKeys.list(search, includeArchived),
    queryFn: () => api.call('clients-list', { search, includeArchived }),
    placeholderData: keepPreviousData,
  })
}

export function useClient(id: string) {
  const api = useApi()
  return useQuery({ queryKey: clientKeys.one(id), queryFn: () => api.call('clients-get', { id }) })
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
