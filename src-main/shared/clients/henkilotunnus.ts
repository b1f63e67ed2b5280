const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY'
const CENTURY_BY_SIGN: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
}

export type HenkilotunnusCheck =
  { valid: true; dateOfBirth: string } | { valid: false; reason: 'format' | 'century-sign' | 'date' | 'checksum' }

/** Validates a Finnish personal identity code (DDMMYYCZZZQ), including the 2023 century signs. */
export function checkHenkilotunnus(input: string): HenkilotunnusCheck {
  const value = input.trim().toUpperCase()
  const match = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Y])$/.exec(value)
  if (!match) return { valid: false, reason: 'format' }
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ]
  const century = CENTURY_BY_SIGN[sign]
  if (century === undefined) return { valid: false, reason: 'century-sign' }
  const year = century + Number(yy)
  const month = Number(mm)
  const day = Number(dd)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, reason: 'date' }
  }
  if (CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check)
    return { valid: false, reason: 'checksum' }
  return { valid: true, dateOfBirth: `${year}-${mm}-${dd}` }
}
