import { z } from 'zod'
import { withMessage } from '../validation/messages'

export const MIN_PASSPHRASE_LENGTH = 12

export const newPassphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, withMessage('errors.passphraseTooShort'))
  .max(1024, withMessage('errors.tooLong'))

export type PassphraseStrength = 0 | 1 | 2 | 3 | 4

const COMMON = [
  'salasana',
  'password',
  'qwerty',
  '123456',
  'asdf',
  'tyohonvalmennus',
  'työhönvalmennus',
  'kesä',
  'talvi',
]

/**
 * A rough strength hint (0 weak … 4 strong) from length and variety; the 12-character minimum is the
 * hard rule, this only nudges the coach towards a longer passphrase of several words.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 0
  const lower = passphrase.toLocaleLowerCase('fi-FI')
  let score = 1
  if (passphrase.length >= 16) score++
  if (passphrase.length >= 20) score++
  const classes = [/[a-zåäö]/, /[A-ZÅÄÖ]/, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(passphrase)).length
  if (classes >= 3) score++
  if (/(.)\1{3,}/.test(passphrase) || COMMON.some((word) => lower.includes(word))) score -= 2
  if (new Set(passphrase).size < 6) score = 1
  return Math.max(1, Math.min(4, score)) as PassphraseStrength
}
