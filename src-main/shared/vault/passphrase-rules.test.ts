import { describe, expect, it } from 'vitest'
import { newPassphraseSchema } from './passphrase-rules'

const message = (passphrase: string) => newPassphraseSchema.safeParse(passphrase).error?.issues[0]?.message

describe('new passphrase rule', () => {
  it('refuses a repeated character and other trivially weak passphrases, with a message of their own', () => {
    for (const weak of [
      'aaaaaaaaaaaa',
      'ÄÄÄÄÄÄÄÄÄÄÄÄÄÄ',
      'abababababab',
      'abcabcabcabc',
      'salasanasalasana',
      '123456789012',
      'abcdefghijklm',
      '9876543210987',
    ]) {
      expect(message(weak), weak).toBe('errors.passphraseTooSimple')
    }
    expect(message('lyhyt')).toBe('errors.passphraseTooShort')
  })

  it('accepts ordinary passphrases of several words', () => {
    for (const good of ['kahvi pulla omena sininen', 'testi salalause joka on pitkä', 'Kesällä 2026 Kolille!']) {
      expect(newPassphraseSchema.safeParse(good).success, good).toBe(true)
    }
  })
})
