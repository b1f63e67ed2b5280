import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'

/** Every query key of the settings feature. */
export const settingsKeys = {
  all: ['settings'] as const,
  coach: () => [...settingsKeys.all, 'coach'] as const,
}

export function useCoachProfile() {
  const api = useApi()
  return useQuery({ queryKey: settingsKeys.coach(), queryFn: () => api.call('settings-coach-get', {}) })
}

export const useSaveCoachProfile = () => useApiMutation('settings-coach-set', [settingsKeys.coach()])
