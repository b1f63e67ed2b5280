import type { Translation } from './resources'

/** Swedish words of the number input (see fi-numbers.ts). */
export const svNumbers: Translation['numbers'] = {
  notANumber: 'Ange talet med siffror, till exempel 1 234,50.',
  tooManyDecimals: 'Högst {{max}} decimaler.',
  wholeNumber: 'Ange ett heltal utan decimaler.',
  tooLong: 'Talet är för långt.',
}
