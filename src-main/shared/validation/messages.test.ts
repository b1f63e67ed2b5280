import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { calcInputSchema, parameterOverrideInputSchema, yearPlanSchema } from '../calculator/calculator-schema'
import { CLIENT_STATUSES, clientInputSchema, IPS_PHASES } from '../clients/client-schema'
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
      phase: fc.constantFrom(null, ...IPS_PHASES),
      status: fc.constantFrom(...CLIENT_STATUSES),
    })
    fc.assert(fc.property(client, onlyKeys(clientInputSchema)))
    fc.assert(fc.property(fc.record({ name: typed, unit: typed }), onlyKeys(coachProfileSchema)))
    fc.assert(fc.property(typed, onlyKeys(newPassphraseSchema)))
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
