import { z } from 'zod'
import { coachProfileSchema, type CoachProfile } from '../settings/coach-profile-schema'
import { endpoint } from './endpoint'

export const settingsApi = {
  'settings-coach-get': endpoint<CoachProfile | null>()(z.object({})),
  'settings-coach-set': endpoint<CoachProfile>()(coachProfileSchema),
}
