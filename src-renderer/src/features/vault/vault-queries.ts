import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

export const VAULT_STATUS_KEY = ['vault-status'] as const

export function useVaultStatus() {
  const api = useApi()
  return useQuery({ queryKey: VAULT_STATUS_KEY, queryFn: () => api.call('vault-status', {}) })
}

/** After any call that may open, lock or replace the vault: the gate decides what to show from the status. */
function useRefreshStatus() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY })
}

export function useCreateVault() {
  const api = useApi()
  const refresh = useRefreshStatus()
  return useMutation({
    mutationFn: (input: { passphrase: string; replaceExisting?: boolean }) => api.call('vault-create', input),
    onSuccess: refresh,
  })
}

export function useUnlockVault() {
  const api = useApi()
  const refresh = useRefreshStatus()
  return useMutation({
    mutationFn: (passphrase: string) => api.call('vault-unlock', { passphrase }),
    onSuccess: refresh,
    onError: refresh, // a wrong attempt changes the wait, a damaged file the state
  })
}

export function useUnlockWithRecoveryKey() {
  const api = useApi()
  const refresh = useRefreshStatus()
  return useMutation({
    mutationFn: (input: { recoveryKey: string; newPassphrase: string }) =>
      api.call('vault-unlock-with-recovery-key', input),
    onSuccess: refresh,
    onError: refresh,
  })
}

// Locking drops every query itself (VaultGate), so nothing is invalidated here.
export const useLockVault = () => useApiMutation('vault-lock')

export function useChangePassphrase() {
  const api = useApi()
  return useMutation({
    mutationFn: (input: { currentPassphrase: string; newPassphrase: string }) =>
      api.call('vault-change-passphrase', input),
  })
}

/** The recovery key waiting to be typed back; never cached beyond the sheet (gcTime 0). */
export function usePendingRecoveryKey() {
  const api = useApi()
  return useQuery({
    queryKey: ['vault-recovery-key-pending'],
    queryFn: () => api.call('vault-recovery-key-pending', {}),
    gcTime: 0,
    staleTime: Infinity,
  })
}

export function useConfirmRecoveryKey() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (recoveryKey: string) => api.call('vault-recovery-key-confirm', { recoveryKey }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['vault-recovery-key-pending'] })
      await queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY })
    },
  })
}

export function useRenewRecoveryKey() {
  const api = useApi()
  const refresh = useRefreshStatus()
  return useMutation({
    mutationFn: (passphrase: string) => api.call('vault-recovery-key-renew', { passphrase }),
    onSuccess: refresh,
  })
}
