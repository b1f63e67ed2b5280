import { z } from 'zod'
import { withMessage } from '../validation/messages'

/** The coach's own details, printed on every form's header. */
export const coachProfileSchema = z.object({
  name: z.string().trim().min(1, withMessage('errors.required')).max(200, withMessage('errors.tooLong')),
  unit: z
    .string()
    .trim()
    .max(200, withMessage('errors.tooLong'))
    .transform((value) => (value === '' ? null : value))
    .nullable(),
})

export type CoachProfileInput = z.input<typeof coachProfileSchema>
export type CoachProfile = z.output<typeof coachProfileSchema>
