/**
 * Every validation message the app can show, as an i18n key: validation (the shared zod schemas, the form
 * definitions, the renderer's own small schemas) emits only these keys, never text. The renderer's resources hold the
 * words for each language; `validationText` in src-renderer/src/i18n/ turns a key into text, and the compiler checks
 * there that every key below has Finnish words. A message that is not in this list is a bug: it shows a general text,
 * is reported with console.error, and fails the tests (messages.test.ts sweeps the schemas and forms for it).
 *
 * Form messages may use the field's limits as values ({{min}}, {{max}}, {{maxLength}}, {{count}}): see `fieldLimits`.
 */
export const VALIDATION_MESSAGES = [
  'errors.required',
  'errors.tooLong',
  'errors.invalidDate',
  'errors.invalidPhone',
  'errors.invalidEmail',
  'errors.dateOfBirthMismatch',
  'errors.passphraseTooShort',
  'errors.passphraseTooSimple',
  'errors.unsafeCharacters',
  'errors.passphraseMismatch',
  'errors.henkilotunnus.format',
  'errors.henkilotunnus.century-sign',
  'errors.henkilotunnus.date',
  'errors.henkilotunnus.checksum',
  'errors.invalidValue',
  'errors.outOfRange',
  'errors.pinFormat',
  'errors.invalidTime',
  'errors.beforeStart',
  'errors.codeFormat',
  'errors.businessId.format',
  'errors.businessId.checksum',
  'numbers.notANumber',
  'numbers.tooManyDecimals',
  'numbers.wholeNumber',
  'numbers.tooLong',
  'calculator.errors.number',
  'calculator.errors.negative',
  'calculator.errors.tooLarge',
  'calculator.errors.wholeNumber',
  'calculator.errors.percent',
  'calculator.errors.month',
  'calculator.errors.validFromRange',
  'calculator.errors.sourceRequired',
  'calculator.errors.changedByRequired',
  'forms.validation.chooseOne',
  'forms.validation.chooseAtLeastOne',
  'forms.validation.yesNo',
  'forms.validation.confirm',
  'forms.validation.invalidNumber',
  'forms.validation.integer',
  'forms.validation.invalidOption',
  'forms.validation.wrongType',
  'forms.validation.min',
  'forms.validation.max',
  'forms.validation.tooLong',
  'forms.validation.minRows',
  'forms.validation.rules.closure.outreachAfterEnd',
  'forms.validation.rules.closure.tooFewOutreachAttempts',
  'forms.validation.rules.closure.careUnitOutreachMissing',
  'forms.validation.rules.employmentSupportPlan.workplaceMeetingsNeedDisclosure',
  'forms.validation.rules.employmentSupportPlan.employerFeedbackNeedsDisclosure',
  'forms.validation.rules.employmentSupportPlan.plannedEndBeforeEmploymentStart',
  'forms.validation.rules.employmentSupportPlan.reviewBeforeFormDate',
  'forms.validation.rules.cooperationAgreement.withdrawnBeforeGiven',
  'forms.validation.rules.cooperationAgreement.validUntilBeforeGiven',
  'forms.validation.rules.cooperationAgreement.refusalCannotBeWithdrawn',
  'forms.validation.rules.jobSearchPlan.reviewBeforePlanDate',
  'forms.validation.rules.jobSearchPlan.noEmployerContactAllowed',
  'forms.validation.rules.jobSearchPlan.doneBeforePlanDate',
  'forms.validation.rules.referral.acceptedBeforeReferral',
  'forms.validation.rules.referral.meetingBeforeReferral',
  'forms.validation.rules.vocationalProfile.endBeforeStart',
  'forms.validation.rules.vocationalProfile.noBenefitsWithOthers',
  'forms.validation.rules.disclosurePlan.reviewBeforeFormDate',
  'forms.validation.rules.employerCooperation.disclosureNotAllowed',
  'forms.validation.rules.jobStart.paidHoursBeforeStart',
  'forms.validation.rules.jobStart.notNeededWithOthers',
  'forms.validation.rules.jobEnd.endBeforeStart',
  'forms.validation.rules.afterCoaching.followUpBeforeClosure',
] as const

export type ValidationMessage = (typeof VALIDATION_MESSAGES)[number]

const KNOWN: ReadonlySet<string> = new Set(VALIDATION_MESSAGES)

export function isValidationMessage(message: unknown): message is ValidationMessage {
  return typeof message === 'string' && KNOWN.has(message)
}

/** zod's message option with a checked key: `.min(1, withMessage('errors.required'))`. */
export function withMessage(message: ValidationMessage): { message: ValidationMessage } {
  return { message }
}
