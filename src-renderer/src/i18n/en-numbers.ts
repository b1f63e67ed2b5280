import type { Translation } from './resources'

/** English words of the number input (see fi-numbers.ts). Numbers are typed the Finnish way in every language. */
export const enNumbers: Translation['numbers'] = {
  notANumber: 'Enter the number in digits, for example 1 234,50 (decimal comma).',
  tooManyDecimals: 'At most {{max}} decimals.',
  wholeNumber: 'Enter a whole number without decimals.',
  tooLong: 'The number is too long.',
}
