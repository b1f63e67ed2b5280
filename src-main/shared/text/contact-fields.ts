import { z } from 'zod'
import { withMessage } from '../validation/messages'

/** Optional free text: trimmed, at most `max` characters; empty becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, withMessage('errors.tooLong'))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null)
}

/** An optional phone number: digits, spaces, +, - and brackets, at least five of them. */
export function optionalPhone() {
  return optionalText(40).refine((value) => value === null || /^[+()\d\s-]{5,}$/.test(value), {
    ...withMessage('errors.invalidPhone'),
  })
}

/** An optional e-mail address. */
export function optionalEmail() {
  return optionalText(200).refine((value) => value === null || z.email().safeParse(value).success, {
    ...withMessage('errors.invalidEmail'),
  })
}
