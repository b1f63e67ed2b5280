import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import type { Api, MethodName } from '@shared/api'
import { useApi } from '../api/api-context'

/**
 * A TanStack mutation that calls one API method and, once it has succeeded, refreshes the queries under `invalidates`
 * (a feature's query-key factory gives them). Features declare theirs in their `*-queries.ts`; components call
 * `mutate` / `mutateAsync` and never the API directly.
 */
export function useApiMutation<Name extends MethodName>(name: Name, invalidates: readonly QueryKey[] = []) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Api[Name]['input']) => api.call(name, input),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
