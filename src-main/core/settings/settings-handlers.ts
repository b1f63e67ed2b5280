import { z } from 'zod'
import { coachProfileSchema } from '../../shared/settings/coach-profile-schema'
import { method } from '../api/define-method'
import type { Vault } from '../vault/vault'
import { getCoachProfile, setCoachProfile } from './coach-profile'

export function settingsHandlers(vault: Vault) {
  return {
    'settings-coach-get': method(z.object({}), () => getCoachProfile(vault.db)),
    'settings-coach-set': method(coachProfileSchema, (profile) => setCoachProfile(vault.db, profile)),
  }
}
