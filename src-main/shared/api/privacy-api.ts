import { z } from 'zod'
import { pinSchema, privacySettingsSchema, type PrivacySettings } from '../privacy/privacy-schema'
import { endpoint } from './endpoint'

export type PrivacyStatus = PrivacySettings & {
  /** A PIN is set for leaving the client-present mode (else only the passphrase ends it). */
  pinSet: boolean
  /** The client-present mode is on for this client: every other client is out of reach until it ends. */
  presentClientId: string | null
}

const passphrase = z.string().min(1).max(1024)

export const privacyApi = {
  'privacy-status': endpoint<PrivacyStatus>()(z.object({})),
  'privacy-settings-set': endpoint<PrivacyStatus>()(privacySettingsSchema),
  /** Sets or replaces the PIN; the passphrase proves it is the coach. */
  'privacy-pin-set': endpoint<PrivacyStatus>()(z.object({ pin: pinSchema, passphrase })),
  'privacy-pin-clear': endpoint<PrivacyStatus>()(z.object({})),
  /** "Asiakas paikalla": only this client's record can be reached until the mode ends. */
  'privacy-present-start': endpoint<PrivacyStatus>()(z.object({ clientId: z.uuid() })),
  /** Ends the mode with the PIN or the passphrase. */
  'privacy-present-end': endpoint<PrivacyStatus>()(
    z.union([z.object({ pin: z.string().min(1).max(20) }), z.object({ passphrase })]),
  ),
}
