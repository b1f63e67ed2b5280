import { z } from 'zod'
import { optionalIsoDate, requiredIsoDate, requiredText } from '../validation/fields'
import { withMessage } from '../validation/messages'

export const CODE_CLASSIFICATIONS = ['thl', 'spat', 'local'] as const

/** A county's own code, or a national code the county starts using: valid from a date, optionally until one. */
export const procedureCodeInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .min(1, withMessage('errors.required'))
      .max(20, withMessage('errors.tooLong'))
      .regex(/^[A-ZÅÄÖ0-9._-]+$/, withMessage('errors.codeFormat')),
    label: requiredText(300),
    classification: z.enum(CODE_CLASSIFICATIONS),
    validFrom: requiredIsoDate,
    validTo: optionalIsoDate,
  })
  .superRefine((code, context) => {
    if (code.validTo && code.validTo < code.validFrom) {
      context.addIssue({ code: 'custom', path: ['validTo'], ...withMessage('errors.beforeStart') })
    }
  })
export type ProcedureCodeInput = z.input<typeof procedureCodeInputSchema>

/** Ending a code's use (a code is never deleted: contacts recorded with it keep it). */
export const procedureCodeEndSchema = z.object({ id: z.uuid(), validTo: optionalIsoDate })

export type ProcedureCode = {
  id: string
  code: string
  label: string
  classification: (typeof CODE_CLASSIFICATIONS)[number]
  validFrom: string | null
  validTo: string | null
  source: 'seed' | 'county'
}

/** Is the code in use on `day`? (No start date: in use since before the app.) */
export function isCodeValidOn(code: Pick<ProcedureCode, 'validFrom' | 'validTo'>, day: string): boolean {
  return (code.validFrom === null || code.validFrom <= day) && (code.validTo === null || code.validTo >= day)
}

/**
 * The code a new contact starts with (research §6.4, to be confirmed with the county's recording instruction):
 * coaching contacts IEY07, care-team consultations IAB04, employer and other network contacts IHZ98.
 */
export function defaultCodeFor(withWhom: string): string {
  if (withWhom === 'client' || withWhom === 'family') return 'IEY07'
  if (withWhom === 'care-team') return 'IAB04'
  return 'IHZ98'
}
