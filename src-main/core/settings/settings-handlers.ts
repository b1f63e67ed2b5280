import { settingsApi } from '../../shared/api/settings-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { getAppLanguage, setAppLanguage } from './app-language'
import { getCoachProfile, setCoachProfile } from './coach-profile'

export function settingsHandlers(vault: Vault) {
  return implement(settingsApi, {
    'settings-coach-get': () => getCoachProfile(vault.db),
    'settings-coach-set': (profile) => setCoachProfile(vault.db, profile),
    'settings-language-get': () => getAppLanguage(vault.db),
    'settings-language-set': ({ language }) => setAppLanguage(vault.db, language),
  })
}
