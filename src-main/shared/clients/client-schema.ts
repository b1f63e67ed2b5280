import { z } from 'zod'
import { hasUnsafeCharacters, personName } from '../text/safe-text'
import {
  optionalChoice,
  optionalEmail,
  optionalIsoDate as isoDate,
  optionalPhone,
  optionalText,
} from '../validation/fields'
import { checkHenkilotunnus } from './henkilotunnus'
import { withMessage, type ValidationMessage } from '../validation/messages'
import type { ClosureReason, Phase } from '../phases/phase-schema'

export const CLIENT_STATUSES = ['active', 'waiting', 'closed'] as const
export type ClientStatus = (typeof CLIENT_STATUSES)[number]
export const IPS_PHASES = [1, 2, 3, 4, 5] as const
export type IpsPhase = (typeof IPS_PHASES)[number]

/** The client's work situation when referred; `working` and `sick-leave` (from a job) are retention clients. */
export const SITUATIONS_AT_REFERRAL = ['working', 'sick-leave', 'unemployed', 'studying', 'pension', 'other'] as const
export type SituationAtReferral = (typeof SITUATIONS_AT_REFERRAL)[number]

/** How often the client sees the care team. */
export const CARE_TEAM_FREQUENCIES = ['weekly', 'every-two-weeks', 'monthly', 'less-often', 'irregular'] as const
export type CareTeamFrequency = (typeof CARE_TEAM_FREQUENCIES)[number]

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
    situationAtReferral: optionalChoice(SITUATIONS_AT_REFERRAL),
    careTeamFrequency: optionalChoice(CARE_TEAM_FREQUENCIES),
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
  /** The current IPS phase (the newest entry of the phase history); changed through the phase history only. */
  phase: Phase | null
  /** IPS entry: the entry date of the newest finalised cooperation agreement. */
  enteredOn: string | null
  /** From the newest finalised closure form. */
  closedOn: string | null
  closureReason: ClosureReason | null
  archivedAt: string | null
  createdAt: string
  updatedAt: string
}

export type ClientListItem = Pick<
  Client,
  'id' | 'firstName' | 'lastName' | 'phase' | 'status' | 'municipality' | 'archivedAt' | 'updatedAt'
>
