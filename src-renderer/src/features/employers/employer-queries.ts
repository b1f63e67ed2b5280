import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the employer register. */
export const employerKeys = {
  all: ['employers'] as const,
  list: (search: string) => [...employerKeys.all, 'list', search] as const,
  one: (id: string) => [...employerKeys.all, 'one', id] as const,
}

export function useEmployerList(search = '') {
  const api = useApi()
  return useQuery({
    queryKey: employerKeys.list(search),
    queryFn: () => api.call('employers-list', { search }),
    placeholderData: keepPreviousData,
  })
}

export function useEmployer(id: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: employerKeys.one(id ?? ''),
    queryFn: () => api.call('employers-get', { id: id! }),
    enabled: Boolean(id),
  })
}

export const useCreateEmployer = () => useApiMutation('employers-create', [employerKeys.all])
export const useUpdateEmployer = () => useApiMutation('employers-update', [employerKeys.all])
export const useAddEmployerPerson = () => useApiMutation('employers-person-add', [employerKeys.all])
