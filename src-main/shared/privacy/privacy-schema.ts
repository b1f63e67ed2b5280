import { z } from 'zod'
import { withMessage } from '../validation/messages'

/** Minutes without keyboard, mouse or touch before the app locks (KeePassXC/Bitwarden habit). */
export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const
/**
 * Years a closed client's records are kept before the retention review lists them. The default, 10 years from the
 * closing of the matter, is the period for working-age social-welfare client records in the appendix of the
 * client-data act 703/2023 (docs/security.md, "Retention"); the county's records management may set another.
 */
export const RETENTION_YEARS = { min: 1, max: 120, default: 10 } as const
/** How long copied patient-record text stays on the clipboard, unless the coach copied something else since. */
export const CLIPBOARD_CLEAR_SECONDS = 30

const wholeNumberIn = (range: { min: number; max: number }) =>
  z
    .number(withMessage('errors.outOfRange'))
    .int(withMessage('errors.outOfRange'))
    .min(range.min, withMessage('errors.outOfRange'))
    .max(range.max, withMessage('errors.outOfRange'))

export const privacySettingsSchema = z.object({
  idleLockMinutes: wholeNumberIn(IDLE_LOCK_MINUTES),
  /** Desktop app: lock when the window is minimised. */
  lockOnMinimise: z.boolean(),
  /** Desktop app: let screenshots, screen sharing and recording see the window (e.g. for remote support). */
  allowScreenCapture: z.boolean(),
  retentionYears: wholeNumberIn(RETENTION_YEARS),
})

export type PrivacySettings = z.output<typeof privacySettingsSchema>

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = {
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
  lockOnMinimise: false,
  allowScreenCapture: false,
  retentionYears: RETENTION_YEARS.default,
}

/** The short PIN that ends the client-present mode: 4 to 8 digits. */
export const pinSchema = z.string().regex(/^[0-9]{4,8}$/, withMessage('errors.pinFormat'))
