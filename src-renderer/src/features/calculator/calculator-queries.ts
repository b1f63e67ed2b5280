import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Api } from '@shared/api'
import type { ApiClient } from '../../api/api-client'
import { useApi } from '../../api/api-context'
import { JUST_FETCHED_MS } from '../../queries/just-fetched'
import { useApiMutation } from '../../queries/use-api-mutation'
import { useClientSearch } from '../clients/client-queries'
import type { CalcFormValues } from './calculator-form'

/** Every query key of the calculator feature. */
export const calculatorKeys = {
  all: ['calculator'] as const,
  parameters: () => [...calculatorKeys.all, 'parameters'] as const,
  clientBenefits: (clientId: string | undefined) => [...calculatorKeys.all, 'client-benefits', clientId] as const,
  list: (clientId: string) => [...calculatorKeys.all, 'list', clientId] as const,
  one: (id: string) => [...calculatorKeys.all, 'one', id] as const,
  drafts: () => [...calculatorKeys.all, 'draft'] as const,
  draft: (key: string) => [...calculatorKeys.drafts(), key] as const,
}

export function useParameters() {
  const api = useApi()
  return useQuery({ queryKey: calculatorKeys.parameters(), queryFn: () => api.call('calculator-parameters', {}) })
}

export const useAddParameter = () => useApiMutation('calculator-parameter-add', [calculatorKeys.parameters()])

export function useClientBenefits(clientId: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: calculatorKeys.clientBenefits(clientId),
    queryFn: () => api.call('calculator-client-benefits-get', { clientId: clientId! }),
    enabled: Boolean(clientId),
  })
}

export const useSaveCalculation = () => useApiMutation('calculator-save', [calculatorKeys.all])

export const calculationListQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: calculatorKeys.list(clientId),
    queryFn: () => api.call('calculator-list', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export function useCalculationList(clientId: string) {
  return useQuery(calculationListQuery(useApi(), clientId))
}

export function useCalculation(id: string) {
  const api = useApi()
  return useQuery({ queryKey: calculatorKeys.one(id), queryFn: () => api.call('calculator-get', { id }) })
}

export type SavedCalculation = Api['calculator-get']['output']

/** At most this many clients are offered at a time: the picker never holds the whole register. */
export const CLIENT_PICKER_LIMIT = 8

/** The clients the calculator's picker offers for a search: at most CLIENT_PICKER_LIMIT, and whether there are more. */
export function useClientPickerSearch(search: string) {
  return useClientSearch(search, CLIENT_PICKER_LIMIT)
}

/**
 * The calculator's unsaved input per client (or 'none'), kept in memory only — in the query cache, which locking the
 * app empties — so moving to another screen and back does not lose it. Never in sessionStorage or localStorage.
 */
export function useCalculatorDraft(key: string) {
  const queryClient = useQueryClient()
  return useMemo(() => {
    // No observer ever reads the draft through useQuery: keep it until it is saved, discarded or the app locks.
    queryClient.setQueryDefaults(calculatorKeys.drafts(), { gcTime: Infinity, staleTime: Infinity })
    return {
      read: () => queryClient.getQueryData<CalcFormValues>(calculatorKeys.draft(key)),
      write: (values: CalcFormValues) => queryClient.setQueryData(calculatorKeys.draft(key), values),
      clear: () => queryClient.removeQueries({ queryKey: calculatorKeys.draft(key), exact: true }),
    }
  }, [queryClient, key])
}
