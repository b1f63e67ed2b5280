import type { ValidationMessage } from '../validation/messages'

/** The message keys of the checks every form field gets (the words are in the renderer's resources). */
export const messages = {
  required: 'errors.required',
  chooseOne: 'forms.validation.chooseOne',
  chooseAtLeastOne: 'forms.validation.chooseAtLeastOne',
  yesNo: 'forms.validation.yesNo',
  confirm: 'forms.validation.confirm',
  invalidDate: 'errors.invalidDate',
  invalidEmail: 'errors.invalidEmail',
  invalidPhone: 'errors.invalidPhone',
  invalidNumber: 'forms.validation.invalidNumber',
  integer: 'forms.validation.integer',
  invalidOption: 'forms.validation.invalidOption',
  wrongType: 'forms.validation.wrongType',
  /** values: { min } */
  min: 'forms.validation.min',
  /** values: { max } */
  max: 'forms.validation.max',
  /** values: { maxLength } */
  tooLong: 'forms.validation.tooLong',
  /** values: { count } (plural) */
  minRows: 'forms.validation.minRows',
} as const satisfies Record<string, ValidationMessage>
