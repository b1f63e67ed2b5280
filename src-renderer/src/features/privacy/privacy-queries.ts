import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PrivacyStatus } from '@shared/api/privacy-api'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the privacy feature. */
export const privacyKeys = {
  all: ['privacy'] as const,
  status: () => [...privacyKeys.all, 'status'] as const,
}

/** The settings that guard the desk and whether a client is present; read after every unlock. */
export function usePrivacyStatus(enabled = true) {
  const api = useApi()
  return useQuery({ queryKey: privacyKeys.status(), queryFn: () => api.call('privacy-status', {}), enabled })
}

export const useSavePrivacySettings = () => useApiMutation('privacy-settings-set', [privacyKeys.all])
export const useSetPin = () => useApiMutation('privacy-pin-set', [privacyKeys.all])
export const useClearPin = () => useApiMutation('privacy-pin-clear', [privacyKeys.all])

/**
 * Starting and ending the client-present mode changes what every screen may show: every other cached answer is
 * cleared (and the open page's refetched), so nothing of another client stays in memory or on screen.
 */
function useApplyModeChange() {
  const queryClient = useQueryClient()
  return async (status: PrivacyStatus) => {
    queryClient.setQueryData(privacyKeys.status(), status)
    await queryClient.resetQueries({
      predicate: (query) => query.queryKey[0] !== 'vault-status' && query.queryKey[0] !== privacyKeys.all[0],
    })
  }
}

export function useStartClientPresent() {
  const api = useApi()
  const apply = useApplyModeChange()
  return useMutation({
    mutationFn: (input: { clientId: string }) => api.call('privacy-present-start', input),
    onSuccess: apply,
  })
}

export function useEndClientPresent() {
  const api = useApi()
  const apply = useApplyModeChange()
  return useMutation({
    mutationFn: (input: { pin: string } | { passphrase: string }) => api.call('privacy-present-end', input),
    onSuccess: apply,
  })
}
