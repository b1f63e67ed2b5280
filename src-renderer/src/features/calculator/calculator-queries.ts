import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Api } from '@shared/api'
import { useApi } from '../../api/api-context'

export function useParameters() {
  const api = useApi()
  return useQuery({ queryKey: ['calculator', 'parameters'], queryFn: () => api.call('calculator-parameters', {}) })
}

export function useAddParameter() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Api['calculator-parameter-add']['input']) => api.call('calculator-parameter-add', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calculator', 'parameters'] }),
  })
}

export function useClientBenefits(clientId: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: ['calculator', 'client-benefits', clientId],
    queryFn: () => api.call('calculator-client-benefits-get', { clientId: clientId! }),
    enabled: Boolean(clientId),
  })
}

export function useSaveCalculation() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Api['calculator-save']['input']) => api.call('calculator-save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calculator'] }),
  })
}

export function useCalculationList(clientId: string) {
  const api = useApi()
  return useQuery({
    queryKey: ['calculator', 'list', clientId],
    queryFn: () => api.call('calculator-list', { clientId }),
  })
}

export function useCalculation(id: string) {
  const api = useApi()
  return useQuery({ queryKey: ['calculator', 'one', id], queryFn: () => api.call('calculator-get', { id }) })
}

export type SavedCalculation = Api['calculator-get']['output']
