import { useQuery } from '@tanstack/react-query'
import type { Api } from '@shared/api'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the calculator feature. */
export const calculatorKeys = {
  all: ['calculator'] as const,
  parameters: () => [...calculatorKeys.all, 'parameters'] as const,
  clientBenefits: (clientId: string | undefined) => [...calculatorKeys.all, 'client-benefits', clientId] as const,
  list: (clientId: string) => [...calculatorKeys.all, 'list', clientId] as const,
  one: (id: string) => [...calculatorKeys.all, 'one', id] as const,
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

export function useCalculationList(clientId: string) {
  const api = useApi()
  return useQuery({ queryKey: calculatorKeys.list(clientId), queryFn: () => api.call('calculator-list', { clientId }) })
}

export function useCalculation(id: string) {
  const api = useApi()
  return useQuery({ queryKey: calculatorKeys.one(id), queryFn: () => api.call('calculator-get', { id }) })
}

export type SavedCalculation = Api['calculator-get']['output']
