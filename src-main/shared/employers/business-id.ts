/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit: the digits weighted
 * 7, 9, 10, 5, 8, 4, 2, summed, taken modulo 11; remainder 0 gives 0, remainder 1 is never issued, otherwise
 * 11 − remainder. Old six-digit IDs are written with a leading zero (123456-7 → 0123456-7).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const

export type BusinessIdCheck = { valid: true; normalised: string } | { valid: false; reason: 'format' | 'checksum' }

export function checkBusinessId(text: string): BusinessIdCheck {
  const match = /^(\d{6,7})-?(\d)$/.exec(text.trim())
  if (!match) return { valid: false, reason: 'format' }
  const digits = match[1]!.padStart(7, '0')
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0)
  const remainder = sum % 11
  if (remainder === 1) return { valid: false, reason: 'checksum' }
  const check = remainder === 0 ? 0 : 11 - remainder
  if (check !== Number(match[2])) return { valid: false, reason: 'checksum' }
  return { valid: true, normalised: `${digits}-${check}` }
}
