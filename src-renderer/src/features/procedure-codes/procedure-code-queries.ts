import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the procedure-code table. */
export const procedureCodeKeys = {
  all: ['procedure-codes'] as const,
  list: () => [...procedureCodeKeys.all, 'list'] as const,
}

export function useProcedureCodes() {
  const api = useApi()
  return useQuery({ queryKey: procedureCodeKeys.list(), queryFn: () => api.call('procedure-codes-list', {}) })
}

export const useAddProcedureCode = () => useApiMutation('procedure-codes-add', [procedureCodeKeys.all])
export const useEndProcedureCode = () => useApiMutation('procedure-codes-end', [procedureCodeKeys.all])
