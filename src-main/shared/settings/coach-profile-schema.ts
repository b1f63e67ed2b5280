import { z } from 'zod'

/** The coach's own details, printed on every form's header. */
export const coachProfileSchema = z.object({
  name: z.string().trim().min(1, { message: 'errors.required' }).max(200, { message: 'errors.tooLong' }),
  unit: z
    .string()
    .trim()
    .max(200, { message: 'errors.tooLong' })
    .transform((value) => (value === '' ? null : value))
    .nullable(),
})

export type CoachProfileInput = z.input<typeof coachProfileSchema>
export type CoachProfile = z.output<typeof coachProfileSchema>
