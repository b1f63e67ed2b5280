import { z } from 'zod'
import { optionalEmail, optionalPhone, optionalText } from '../validation/fields'
import { personName } from '../text/safe-text'

/**
 * The coach's own details. Name and unit go in every form's header; the organisation (the wellbeing services county,
 * the controller of the client register) and the coach's phone and e-mail are printed on the cooperation agreement, so
 * the client knows who holds the data and how to reach the coach.
 */
export const coachProfileSchema = z.object({
  name: personName(200),
  unit: optionalText(200),
  organisation: optionalText(200),
  phone: optionalPhone(),
  email: optionalEmail(),
})

export type CoachProfileInput = z.input<typeof coachProfileSchema>
export type CoachProfile = z.output<typeof coachProfileSchema>

/** What the first finalised form needs from Settings: the name (every header) and the controller (the agreement). */
export function coachProfileMissing(profile: CoachProfile | null): Array<'name' | 'organisation'> {
  const missing: Array<'name' | 'organisation'> = []
  if (!profile?.name) missing.push('name')
  if (!profile?.organisation) missing.push('organisation')
  return missing
}
