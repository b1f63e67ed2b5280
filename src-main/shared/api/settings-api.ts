import { z } from 'zod'
import { coachProfileSchema, type CoachProfile } from '../settings/coach-profile-schema'
import { LANGUAGES, type Language } from '../i18n/languages'
import { endpoint } from './endpoint'

export const settingsApi = {
  'settings-coach-get': endpoint<CoachProfile | null>()(z.object({})),
  'settings-coach-set': endpoint<CoachProfile>()(coachProfileSchema),
  /** The language of the app's screens: 'fi', 'sv' or 'en' (documents are printed in the client's language). */
  'settings-language-get': endpoint<Language>()(z.object({})),
  'settings-language-set': endpoint<Language>()(z.object({ language: z.enum(LANGUAGES) })),
}
