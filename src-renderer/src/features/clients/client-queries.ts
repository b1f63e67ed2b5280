import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ClientFields } from '@shared/clients/client-schema'
import { useApi } from '../../api/api-context'

export function useClientList(search: string, includeArchived: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: ['clients', 'list', search, includeArchived],
    queryFn: () => api.call('clients-list', { search, includeArchived }),
    placeholderData: keepPreviousData,
  })
}

export function useClient(id: string) {
  const api = useApi()
  return useQuery({ queryKey: ['clients', 'one', id], queryFn: () => api.call('clients-get', { id }) })
}

export function useSaveClient(id: string | null) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fields: ClientFields) =>
      id ? api.call('clients-update', { id, fields }) : api.call('clients-create', fields),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients'] }),
  })
}

export function useArchiveClient(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (archived: boolean) => api.call('clients-archive', { id, archived }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients'] }),
  })
}
