import { z } from 'zod'
import { optionalIsoDate, optionalText, requiredIsoDate } from '../validation/fields'
import { withMessage } from '../validation/messages'

/** Whom the contact was with (the caseload engine's `with`). */
export const CONTACT_WITH = ['client', 'employer', 'care-team', 'family', 'other'] as const
export type ContactWith = (typeof CONTACT_WITH)[number]

export const CONTACT_MODES = ['face-to-face', 'phone', 'video', 'message'] as const
export type ContactMode = (typeof CONTACT_MODES)[number]

/** Where a face-to-face meeting took place (IPS-25 item 24 counts time in the community). */
export const CONTACT_SETTINGS = ['community', 'office', 'home'] as const
export type ContactSetting = (typeof CONTACT_SETTINGS)[number]

/** What an employer contact was about (research §4.7, item 18 levels). */
export const EMPLOYER_CONTACT_PURPOSES = [
  'employer-needs',
  'introduce-ips',
  'present-strengths',
  'interview-request',
  'vacancy-follow-up',
  'job-carving',
  'follow-up-visit',
  'other',
] as const
export type EmployerContactPurpose = (typeof EMPLOYER_CONTACT_PURPOSES)[number]

export const EMPLOYER_CONTACT_OUTCOMES = [
  'no-need-now',
  'follow-up-agreed',
  'interview-agreed',
  'job-offer',
  'not-interested',
] as const
export type EmployerContactOutcome = (typeof EMPLOYER_CONTACT_OUTCOMES)[number]

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const contactFields = z.object({
  /** null: a general employer contact not about one client. */
  clientId: z.uuid().nullable().default(null),
  employerId: z.uuid().nullable().default(null),
  employerPersonId: z.uuid().nullable().default(null),
  onDate: requiredIsoDate,
  startTime: z
    .string()
    .trim()
    .refine((value) => value === '' || TIME.test(value), withMessage('errors.invalidTime'))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null),
  durationMinutes: z
    .number(withMessage('errors.invalidValue'))
    .int(withMessage('errors.invalidValue'))
    .min(1, withMessage('errors.invalidValue'))
    .max(1440, withMessage('errors.invalidValue'))
    .nullable()
    .default(null),
  withWhom: z.enum(CONTACT_WITH, withMessage('errors.required')),
  mode: z.enum(CONTACT_MODES, withMessage('errors.required')),
  /** false: an attempt that did not reach the person (the outreach log a "not reached" closure needs). */
  reached: z.boolean(),
  setting: z.enum(CONTACT_SETTINGS).nullable().default(null),
  procedureCodeId: z.uuid().nullable().default(null),
  note: z.string().trim().max(4000, withMessage('errors.tooLong')).default(''),
  purposes: z.array(z.enum(EMPLOYER_CONTACT_PURPOSES)).max(EMPLOYER_CONTACT_PURPOSES.length).default([]),
  outcome: z.enum(EMPLOYER_CONTACT_OUTCOMES).nullable().default(null),
  nextStep: optionalText(500),
  nextStepOn: optionalIsoDate,
  clientPresent: z.boolean().nullable().default(null),
})

/**
 * A logged contact. A contact with an employer names the employer; every other contact names the client. Only a
 * face-to-face meeting has a setting; employer details are kept only on employer contacts.
 */
export const contactInputSchema = contactFields
  .superRefine((contact, context) => {
    if (contact.withWhom === 'employer' && !contact.employerId) {
      context.addIssue({ code: 'custom', path: ['employerId'], ...withMessage('errors.required') })
    }
    if (contact.withWhom !== 'employer' && !contact.clientId) {
      context.addIssue({ code: 'custom', path: ['clientId'], ...withMessage('errors.required') })
    }
  })
  .transform((contact) => {
    const employer = contact.withWhom === 'employer'
    return {
      ...contact,
      setting: contact.mode === 'face-to-face' ? contact.setting : null,
      employerId: employer ? contact.employerId : null,
      employerPersonId: employer ? contact.employerPersonId : null,
      purposes: employer ? contact.purposes : [],
      outcome: employer ? contact.outcome : null,
      clientPresent: employer && contact.clientId ? contact.clientPresent : null,
    }
  })

export type ContactInput = z.input<typeof contactInputSchema>
export type ContactFields = z.output<typeof contactInputSchema>

export type Contact = ContactFields & {
  id: string
  /** The procedure code as recorded (code and label), for lists and the patient-record text. */
  procedureCode: { code: string; label: string } | null
  employerName: string | null
  employerPersonName: string | null
  createdAt: string
  updatedAt: string
}

/** The engine's "face to face" (IPS-25 items 15, 17 and 23 count only these). */
export const isFaceToFace = (mode: ContactMode) => mode === 'face-to-face'
