import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'

export function useClientForms(clientId: string) {
  const api = useApi()
  return useQuery({ queryKey: ['forms', 'list', clientId], queryFn: () => api.call('forms-list', { clientId }) })
}

export function useClientConsents(clientId: string) {
  const api = useApi()
  return useQuery({
    queryKey: ['forms', 'consents', clientId],
    queryFn: () => api.call('forms-consents', { clientId }),
  })
}

export function useFormDocument(documentId: string) {
  const api = useApi()
  return useQuery({
    queryKey: ['forms', 'document', documentId],
    queryFn: () => api.call('forms-get', { documentId }),
    // Always fresh when a screen opens (the editor reads it once, at mount, and then owns the draft).
    gcTime: 0,
    refetchOnMount: 'always',
  })
}

export function useFormVersion(versionId: string) {
  const api = useApi()
  return useQuery({
    queryKey: ['forms', 'version', versionId],
    queryFn: () => api.call('forms-get-version', { versionId }),
  })
}

export function useInvalidateForms() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['forms'] })
}

export function useCreateForm() {
  const api = useApi()
  const invalidate = useInvalidateForms()
  return useMutation({
    mutationFn: (input: { clientId: string; formId: string }) => api.call('forms-create', input),
    onSuccess: () => invalidate(),
  })
}
