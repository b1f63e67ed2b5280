import { z } from 'zod'
import { isIsoDate } from '../dates/dates'
import { optionalEmail, optionalPhone, optionalText } from '../text/contact-fields'
import { hasUnsafeCharacters, personName } from '../text/safe-text'
import { checkHenkilotunnus } from './henkilotunnus'
import { withMessage, type ValidationMessage } from '../validation/messages'

export const CLIENT_STATUSES = ['active', 'waiting', 'closed'] as const
export type ClientStatus = (typeof CLIENT_STATUSES)[number]
export const IPS_PHASES = [1, 2, 3, 4, 5] as const

const isoDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isIsoDate(value), withMessage('errors.invalidDate'))
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null)

/** The client details the coach enters; shared by the renderer form and the core's input validation. */
export const clientInputSchema = z
  .object({
    firstName: personName(100),
    lastName: personName(100),
    dateOfBirth: isoDate,
    henkilotunnus: z
      .string()
      .trim()
      .toUpperCase()
      .superRefine((value, context) => {
        if (value === '') return
        const check = checkHenkilotunnus(value)
        if (!check.valid) {
          const message: ValidationMessage = `errors.henkilotunnus.${check.reason}`
          context.addIssue({ code: 'custom', message })
        }
      })
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    phone: optionalPhone(),
    email: optionalEmail(),
    municipality: optionalText(100),
    treatingUnit: optionalText(200),
    nurseName: optionalText(200).refine((value) => value === null || !hasUnsafeCharacters(value), {
      ...withMessage('errors.unsafeCharacters'),
    }),
    referralDate: isoDate,
    phase: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    status: z.enum(CLIENT_STATUSES),
  })
  .superRefine((client, context) => {
    if (client.henkilotunnus && client.dateOfBirth) {
      const check = checkHenkilotunnus(client.henkilotunnus)
      if (check.valid && check.dateOfBirth !== client.dateOfBirth) {
        context.addIssue({ code: 'custom', path: ['dateOfBirth'], ...withMessage('errors.dateOfBirthMismatch') })
      }
    }
  })

export type ClientInput = z.input<typeof clientInputSchema>
export type ClientFields = z.output<typeof clientInputSchema>

export type Client = ClientFields & {
  id: string
  archivedAt: string | null
  createdAt: string
  updatedAt: string
}

export type ClientListItem = Pick<
  Client,
  'id' | 'firstName' | 'lastName' | 'phase' | 'status' | 'municipality' | 'archivedAt' | 'updatedAt'
> & {
  /** The latest of the client's details, forms, signatures, recorded benefits and saved calculations. */
  lastWorkedAt: string
}
