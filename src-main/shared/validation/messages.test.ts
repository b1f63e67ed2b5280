import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { calcInputSchema, parameterOverrideInputSchema, yearPlanSchema } from '../calculator/calculator-schema'
import {
  CARE_TEAM_FREQUENCIES,
  CLIENT_STATUSES,
  clientInputSchema,
  SITUATIONS_AT_REFERRAL,
} from '../clients/client-schema'
import { CONTACT_MODES, CONTACT_WITH, contactInputSchema } from '../contacts/contact-schema'
import { employerInputSchema, employerPersonInputSchema } from '../employers/employer-schema'
import { educationStartSchema, jobEndSchema, jobStartSchema } from '../jobs/job-schema'
import { fidelityReviewInputSchema } from '../fidelity/fidelity-review-schema'
import { phaseChangeSchema } from '../phases/phase-schema'
import { reportPeriodSchema } from '../reports/period-schema'
import { procedureCodeInputSchema } from '../procedure-codes/procedure-code-schema'
import { formDefinitions, validateForFinalise, type FieldDescriptor, type FormValues } from '../forms'
import { coachProfileSchema } from '../settings/coach-profile-schema'
import { newPassphraseSchema } from '../vault/passphrase-rules'
import { isValidationMessage } from './messages'

// Every message validation can produce for what a person can type or choose must be a known key (the renderer has
// words for exactly those). A zod default ("Invalid input…") or a stray Finnish sentence fails here.

function unknownMessages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => issue.message).filter((m) => !isValidationMessage(m))
}

/** For fc.property: true when every message of the schema's answer is a known key (logs the first odd one). */
function onlyKeys(schema: z.ZodType) {
  return (input: unknown) => {
    const unknown = unknownMessages(schema, input)
    if (unknown.length > 0) console.error('unknown validation messages:', unknown)
    return unknown.length === 0
  }
}

const typed = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('', ' ', '1.2.'))
const number = fc.oneof(fc.double(), fc.integer({ min: -10, max: 2_000_000 }), fc.constantFrom(Number.NaN, 1.5, -1))

describe('validation messages', () => {
  it('the client form, the coach profile and the passphrase speak only in keys', () => {
    const client = fc.record({
      firstName: typed,
      lastName: typed,
      dateOfBirth: typed,
      henkilotunnus: typed,
      phone: typed,
      email: typed,
      municipality: typed,
      treatingUnit: typed,
      nurseName: typed,
      referralDate: typed,
      situationAtReferral: fc.constantFrom(null, 'no-such', ...SITUATIONS_AT_REFERRAL),
      careTeamFrequency: fc.constantFrom(null, ...CARE_TEAM_FREQUENCIES),
      status: fc.constantFrom(...CLIENT_STATUSES),
    })
    fc.assert(fc.property(client, onlyKeys(clientInputSchema)))
    fc.assert(fc.property(fc.record({ name: typed, unit: typed }), onlyKeys(coachProfileSchema)))
    fc.assert(fc.property(typed, onlyKeys(newPassphraseSchema)))
  })

  it('the report period and the IPS-25 review speak only in keys', () => {
    fc.assert(fc.property(fc.record({ from: typed, to: typed }), onlyKeys(reportPeriodSchema)))
    const item = fc.record({
      item: fc.integer({ min: 1, max: 25 }),
      score: fc.constantFrom(null, 1, 3, 5, 0, 6, 2.5),
      note: typed,
    })
    fc.assert(
      fc.property(
        fc.record({
          reviewedOn: typed,
          reviewType: fc.constantFrom('self', 'external', 'x'),
          unit: typed,
          reviewers: typed,
          employmentSpecialists: number,
          items: fc.array(item, { maxLength: 3 }),
          strengths: typed,
          actionPlan: typed,
        }),
        onlyKeys(fidelityReviewInputSchema),
      ),
    )
  })

  it('the process records (phases, contacts, employers, jobs, studies, codes) speak only in keys', () => {
    const id = fc.constantFrom('4c6e2a52-3f43-4d7a-9d2a-8f1f0c3b2a11', null)
    const contact = fc.record({
      clientId: id,
      employerId: id,
      onDate: typed,
      startTime: typed,
      durationMinutes: fc.oneof(number, fc.constant(null)),
      withWhom: fc.constantFrom(...CONTACT_WITH, 'x'),
      mode: fc.constantFrom(...CONTACT_MODES),
      reached: fc.boolean(),
      note: typed,
      nextStep: typed,
      nextStepOn: typed,
    })
    fc.assert(fc.property(contact, onlyKeys(contactInputSchema)))
    const clientId = '4c6e2a52-3f43-4d7a-9d2a-8f1f0c3b2a11'
    fc.assert(
      fc.property(
        fc.record({ clientId: fc.constant(clientId), phase: fc.constantFrom(0, 1, 5), fromDate: typed, note: typed }),
        onlyKeys(phaseChangeSchema),
      ),
    )
    fc.assert(
      fc.property(
        fc.record({ name: typed, businessId: typed, municipality: typed, note: typed }),
        onlyKeys(employerInputSchema),
      ),
    )
    fc.assert(
      fc.property(
        fc.record({ name: typed, role: typed, phone: typed, email: typed }),
        onlyKeys(employerPersonInputSchema),
      ),
    )
    const job = fc.record({
      clientId: fc.constant(clientId),
      employerId: id,
      newEmployerName: typed,
      title: typed,
      startedOn: typed,
      paidHoursOn: typed,
      hoursPerWeek: number,
      wagePerHour: fc.oneof(number, fc.constant(null)),
      contractType: fc.constantFrom('permanent', 'fixed-term', 'x'),
      fixedTermUntil: typed,
      wageSubsidy: fc.boolean(),
      wageAsCoworkers: fc.boolean(),
      openToAnyone: fc.boolean(),
      serviceTimeLimit: fc.boolean(),
    })
    fc.assert(fc.property(job, onlyKeys(jobStartSchema)))
    fc.assert(
      fc.property(
        fc.record({ jobId: fc.constant(clientId), endedOn: typed, endType: typed, lessons: typed }),
        onlyKeys(jobEndSchema),
      ),
    )
    fc.assert(
      fc.property(
        fc.record({ clientId: fc.constant(clientId), educationType: typed, institution: typed, startedOn: typed }),
        onlyKeys(educationStartSchema),
      ),
    )
    fc.assert(
      fc.property(
        fc.record({
          code: typed,
          label: typed,
          classification: fc.constant('local'),
          validFrom: typed,
          validTo: typed,
        }),
        onlyKeys(procedureCodeInputSchema),
      ),
    )
  })

  it('the calculator and its figures speak only in keys', () => {
    const input = fc.record({
      month: typed,
      wage: fc.record({ grossMonthly: number, hoursPerWeek: number, taxRatePercent: number }),
      household: fc.record({ adults: number, children: number, enforcementDependants: number }),
      benefits: fc.constant([]),
    })
    fc.assert(fc.property(input, onlyKeys(calcInputSchema)))
    fc.assert(
      fc.property(
        fc.record({ startMonth: typed, grossWages: fc.array(number, { minLength: 12, maxLength: 12 }) }),
        onlyKeys(yearPlanSchema),
      ),
    )
    const override = fc.record({
      key: fc.constantFrom('', 'kela.basicAmount'),
      validFrom: typed,
      value: number,
      status: fc.constantFrom('verified', 'estimated'),
      source: typed,
      note: typed,
      changedBy: typed,
    })
    fc.assert(fc.property(override, onlyKeys(parameterOverrideInputSchema)))
  })

  it('every form, empty or filled with wrong answers, reports only keys', () => {
    for (const def of formDefinitions) {
      const wrong = Object.fromEntries(def.sections.flatMap((s) => s.fields).map((f) => [f.id, wrongAnswer(f)]))
      for (const values of [def.emptyValues(), wrong]) {
        const issues = validateForFinalise(def, values)
        expect(issues.length, def.id).toBeGreaterThan(0)
        expect(
          issues.filter((issue) => !isValidationMessage(issue.message)),
          def.id,
        ).toEqual([])
      }
    }
  })
})

/** An answer of the right type that breaks the field's checks (too long, not a date, not an option, out of range). */
function wrongAnswer(field: FieldDescriptor): unknown {
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
      return 'x'.repeat(30_000)
    case 'date':
      return '31.2.2025'
    case 'select':
    case 'radio':
      return 'no-such-option'
    case 'checkboxes':
      return ['no-such-option']
    case 'yesno':
    case 'confirm':
      return 'yes'
    case 'number':
      return -1e9
    case 'rows':
    case 'consents':
      return [Object.fromEntries(field.fields.map((sub) => [sub.id, wrongAnswer(sub)])) as FormValues]
  }
}
