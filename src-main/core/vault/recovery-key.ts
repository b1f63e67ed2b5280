import { randomBytes } from 'node:crypto'

// Crockford base32: no I, L, O, U, so a key read off paper is hard to mistype.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const BYTES = 20 // 160 bits → 32 characters

export function generateRecoveryKey(): { display: string; bytes: Buffer } {
  const bytes = randomBytes(BYTES)
  return { display: displayRecoveryKey(bytes), bytes }
}

/** The printed form: 8 groups of 4 Crockford base32 characters. */
export function displayRecoveryKey(bytes: Buffer): string {
  return formatRecoveryKey(encode(bytes))
}

function encode(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

function formatRecoveryKey(chars: string): string {
  return chars.match(/.{1,4}/g)!.join('-')
}

/** Accepts the key as typed: any case, spaces or dashes, and O/I/L read as 0/1/1. Null if malformed. */
export function parseRecoveryKey(input: string): Buffer | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (chars.length !== Math.ceil((BYTES * 8) / 5)) return null
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const c of chars) {
    const index = ALPHABET.indexOf(c)
    if (index < 0) return null
    value = ((value << 5) | index) & 0xffff
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out.slice(0, BYTES))
}
