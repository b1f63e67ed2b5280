/** Finnish words of the number input (mounted at `numbers`): what is wrong with a typed or pasted number. */
export const fiNumbers = {
  notANumber: 'Anna luku numeroina, esimerkiksi 1 234,50.',
  tooManyDecimals: 'Enintään {{max}} desimaalia.',
  wholeNumber: 'Anna kokonaisluku ilman desimaaleja.',
  tooLong: 'Luku on liian pitkä.',
}
