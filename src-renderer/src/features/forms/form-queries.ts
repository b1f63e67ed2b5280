import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Api } from '@shared/api'
import type { ApiClient } from '../../api/api-client'
import { useApi } from '../../api/api-context'
import { JUST_FETCHED_MS } from '../../queries/just-fetched'
import { useApiMutation } from '../../queries/use-api-mutation'
import { clientKeys } from '../clients/client-queries'
import { phaseKeys } from '../phases/phase-queries'
import { timelineKeys } from '../timeline/timeline-queries'

/** Every query key of the forms feature; invalidating `all` refreshes lists, documents, versions and consents. */
export const formKeys = {
  all: ['forms'] as const,
  list: (clientId: string) => [...formKeys.all, 'list', clientId] as const,
  consents: (clientId: string) => [...formKeys.all, 'consents', clientId] as const,
  document: (documentId: string) => [...formKeys.all, 'document', documentId] as const,
  version: (versionId: string) => [...formKeys.all, 'version', versionId] as const,
}

export const clientFormsQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: formKeys.list(clientId),
    queryFn: () => api.call('forms-list', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export const clientConsentsQuery = (api: ApiClient, clientId: string) =>
  queryOptions({
    queryKey: formKeys.consents(clientId),
    queryFn: () => api.call('forms-consents', { clientId }),
    staleTime: JUST_FETCHED_MS,
  })

export function useClientForms(clientId: string) {
  return useQuery(clientFormsQuery(useApi(), clientId))
}

/** The client's language of service from their forms (documents about the client print in it). */
export function useClientLanguage(clientId: string) {
  const api = useApi()
  return useQuery({
    queryKey: [...formKeys.all, 'client-language', clientId] as const,
    queryFn: () => api.call('forms-client-language', { clientId }),
    enabled: clientId !== '',
  })
}

export function useClientConsents(clientId: string) {
  return useQuery(clientConsentsQuery(useApi(), clientId))
}

export function useFormDocument(documentId: string) {
  const api = useApi()
  return useQuery({
    queryKey: formKeys.document(documentId),
    queryFn: () => api.call('forms-get', { documentId }),
    // Always fresh when a screen opens (the editor reads it once, at mount, and then owns the draft).
    gcTime: 0,
    refetchOnMount: 'always',
  })
}

export function useFormVersion(versionId: string) {
  const api = useApi()
  return useQuery({
    queryKey: formKeys.version(versionId),
    queryFn: () => api.call('forms-get-version', { versionId }),
  })
}

export function useInvalidateForms() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: formKeys.all })
}

export const useCreateForm = () => useApiMutation('forms-create', [formKeys.all])
/** A new draft from a finalised version (editing it, or recording a change of consent). */
export const useEditVersion = () => useApiMutation('forms-edit-version', [formKeys.all])
/** Finalising may record the entry, the closure or phase 1 on the client, and shows in the timeline. */
export const useFinaliseForm = () =>
  useApiMutation('forms-finalise', [formKeys.all, clientKeys.all, phaseKeys.all, timelineKeys.all])
export const useDiscardDraft = () => useApiMutation('forms-discard-draft', [formKeys.all])
export const useSignForm = () => useApiMutation('forms-sign', [formKeys.all])
export const useRemoveSignature = () => useApiMutation('forms-remove-signature', [formKeys.all])

/**
 * The draft save for autosave. Not a mutation that refreshes queries: the editor owns the draft while it is open,
 * and a refetch mid-typing would fight it.
 */
export function useSaveDraftCall() {
  const api = useApi()
  return useCallback((input: Api['forms-save-draft']['input']) => api.call('forms-save-draft', input), [api])
}
