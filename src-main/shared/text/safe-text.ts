import { z } from 'zod'
import { withMessage } from '../validation/messages'

/**
 * C0 and C1 control characters (NUL, newline, escape …) and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069): in a name they only hide or reorder what is printed and signed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text)
}

/** A person's name as typed (client, signer, coach): required, at most `max` characters, no control or bidi codes. */
export function personName(max: number) {
  return z
    .string()
    .trim()
    .min(1, withMessage('errors.required'))
    .max(max, withMessage('errors.tooLong'))
    .refine((name) => !hasUnsafeCharacters(name), withMessage('errors.unsafeCharacters'))
}
