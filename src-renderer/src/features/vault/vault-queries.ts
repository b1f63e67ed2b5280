import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** The vault's one query: whether a vault exists and is open. Every other query is dropped when it locks. */
export const vaultKeys = { status: ['vault-status'] as const }

export function useVaultStatus() {
  const api = useApi()
  return useQuery({ queryKey: vaultKeys.status, queryFn: () => api.call('vault-status', {}) })
}

// The screens move on themselves after these (VaultGate refreshes the status), so nothing is invalidated here.
export const useCreateVault = () => useApiMutation('vault-create')
export const useUnlockVault = () => useApiMutation('vault-unlock')
export const useUnlockWithRecoveryKey = () => useApiMutation('vault-unlock-with-recovery-key')
export const useLockVault = () => useApiMutation('vault-lock')
export const useChangePassphrase = () => useApiMutation('vault-change-passphrase')
