import { useQuery } from '@tanstack/react-query'
import i18next from 'i18next'
import { useEffect } from 'react'
import { useApi } from '../../api/api-context'
import { useApiMutation } from '../../queries/use-api-mutation'
import { settingsKeys } from './settings-queries'

const languageKey = () => [...settingsKeys.all, 'language'] as const

/** The app's language stored in the vault. */
export function useAppLanguageSetting() {
  const api = useApi()
  return useQuery({ queryKey: languageKey(), queryFn: () => api.call('settings-language-get', {}) })
}

export const useSaveAppLanguage = () => useApiMutation('settings-language-set', [languageKey()])

/**
 * Once the vault is open its language setting wins over the one remembered on this computer (another coach's, or one
 * from before a restore), and the screens follow it at once.
 */
export function useVaultLanguage() {
  const setting = useAppLanguageSetting()
  useEffect(() => {
    if (setting.data && setting.data !== i18next.language) void i18next.changeLanguage(setting.data)
  }, [setting.data])
}
