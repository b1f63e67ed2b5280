import i18next from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { VALIDATION_MESSAGES } from '@shared/validation/messages'
import { validationText } from './validation-text'

const t = i18next.t

describe('validation messages in Finnish', () => {
  it('has words for every message key the core and the forms can emit', () => {
    for (const key of VALIDATION_MESSAGES) {
      const words = validationText(t, key, { count: 2, min: 1, max: 10, maxLength: 200, months: 3 })
      expect(words, key).not.toBe(key)
      expect(words, key).not.toMatch(/{{|}}|forms\.|errors\.|calculator\./)
    }
  })

  it('fills in the limits a message mentions', () => {
    expect(validationText(t, 'forms.validation.max', { max: 80 })).toBe('Suurin sallittu arvo on 80.')
    expect(validationText(t, 'forms.validation.tooLong', { maxLength: 200 })).toBe('Enintään 200 merkkiä.')
    expect(validationText(t, 'forms.validation.minRows', { count: 1 })).toBe('Lisää vähintään yksi rivi.')
    expect(validationText(t, 'forms.validation.minRows', { count: 3 })).toBe('Lisää vähintään 3 riviä.')
  })

  it('does not hide an unknown message: the coach gets a general text and the console an error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(validationText(t, 'Invalid input: expected string')).toBe('Tarkista tämä tieto.')
    expect(error).toHaveBeenCalledWith('[i18n] not a validation message key: "Invalid input: expected string"')
  })
})
