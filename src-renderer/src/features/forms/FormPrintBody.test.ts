import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { getFormDefinition } from '@shared/forms'
import { checkboxes, confirm, date, number, options, select, text, yesNo } from '@shared/forms/fields'
import { answerText, signatureBlocks } from './FormPrintBody'

const t = i18next.t
const choices = options(['kela', 'Kelan etuus'], ['wage', 'Palkka'])

describe('printed answers', () => {
  it('prints each kind of answer as a reader expects it', () => {
    expect(answerText(text('a', 'A'), 'Kahvila Aroma', t)).toBe('Kahvila Aroma')
    expect(answerText(date('d', 'D'), '2025-03-07', t)).toBe('7.3.2025')
    expect(answerText(select('s', 'S', choices), 'wage', t)).toBe('Palkka')
    expect(answerText(checkboxes('c', 'C', choices), ['kela', 'wage'], t)).toBe('Kelan etuus, Palkka')
    expect(answerText(yesNo('y', 'Y'), true, t)).toBe('Kyllä')
    expect(answerText(yesNo('y', 'Y', { noLabel: 'Ei tarvita' }), false, t)).toBe('Ei tarvita')
    expect(answerText(confirm('k', 'K'), true, t)).toBe('Kyllä, vahvistettu')
    expect(answerText(number('h', 'H', { unit: 'h/vko' }), 37.5, t)).toBe('37,5 h/vko')
  })

  it('prints nothing for an empty answer, so the form shows its blank line', () => {
    for (const value of ['', '   ', null, undefined, []]) expect(answerText(text('a', 'A'), value, t)).toBe('')
  })

  it("prints each signer's name from the form's answers, and leaves place and date blank until they sign", () => {
    const def = getFormDefinition('referral')!
    const values = { referrerName: 'Hanna Hoitaja', clientName: 'Aino Virtanen', signingPlace: 'Joensuu' }
    const blocks = signatureBlocks(def, { ...values, signingDate: '2025-03-04' }, [], t)
    expect(blocks.map((block) => [block.role, block.name, block.place, block.date])).toEqual([
      ['Lähettäjä', 'Hanna Hoitaja', undefined, undefined],
      ['Asiakas (vapaaehtoinen)', 'Aino Virtanen', undefined, undefined],
    ])
    const signed = signatureBlocks(
      def,
      values,
      [
        {
          signerRole: 'client',
          signerName: 'Aino V.',
          signedOn: '2025-03-04',
          place: 'Lieksa',
          method: 'paper',
          imageDataUrl: null,
        },
      ],
      t,
    )
    expect(signed[0]).toEqual({ role: 'Lähettäjä', name: 'Hanna Hoitaja' })
    expect(signed[1]).toMatchObject({ name: 'Aino V.', place: 'Lieksa', date: '4.3.2025', note: 'paperilla 4.3.2025' })
  })
})
