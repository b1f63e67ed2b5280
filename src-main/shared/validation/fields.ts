import { z } from 'zod'
import { isIsoDate } from '../dates/dates'
import { hasUnsafeCharacters } from '../text/safe-text'
import { withMessage } from './messages'

/** Free text that may be left empty: trimmed, at most `max` characters; '' and a missing value are stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, withMessage('errors.tooLong'))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null)

/** An optional phone number: digits, spaces, +, - and brackets, at least five of them. */
export const optionalPhone = () =>
  optionalText(40).refine((value) => value === null || /^[+()\d\s-]{5,}$/.test(value), {
    ...withMessage('errors.invalidPhone'),
  })

/** An optional e-mail address. */
export const optionalEmail = () =>
  optionalText(200).refine((value) => value === null || z.email().safeParse(value).success, {
    ...withMessage('errors.invalidEmail'),
  })

/** Text that must be given: trimmed, 1–`max` characters, no control or bidi codes (they hide what is printed). */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, withMessage('errors.required'))
    .max(max, withMessage('errors.tooLong'))
    .refine((value) => !hasUnsafeCharacters(value.replace(/[\n\t]/g, ' ')), withMessage('errors.unsafeCharacters'))

/** A date 'YYYY-MM-DD' that may be left empty ('' and a missing value are null). */
export const optionalIsoDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isIsoDate(value), withMessage('errors.invalidDate'))
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null)

/** A date 'YYYY-MM-DD' that must be given. */
export const requiredIsoDate = z
  .string()
  .trim()
  .min(1, withMessage('errors.required'))
  .refine((value) => isIsoDate(value), withMessage('errors.invalidDate'))

/** One of `values`, or null when not chosen. */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values, withMessage('errors.required'))
    .nullable()
    .optional()
    .transform((value) => value ?? null)
