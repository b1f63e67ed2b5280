import { settingsApi } from '../../shared/api/settings-api'
import { implement } from '../api/implement'
import type { Vault } from '../vault/vault'
import { getCoachProfile, setCoachProfile } from './coach-profile'

export function settingsHandlers(vault: Vault) {
  return implement(settingsApi, {
    'settings-coach-get': () => getCoachProfile(vault.db),
    'settings-coach-set': (profile) => setCoachProfile(vault.db, profile),
  })
}
