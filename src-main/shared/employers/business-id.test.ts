import { describe, expect, it } from 'vitest'
import { checkBusinessId } from './business-id'

describe('checkBusinessId', () => {
  it('accepts real business IDs and writes them as 1234567-8', () => {
    // Published IDs: Kela, Nokia Oyj, Yleisradio.
    for (const id of ['0246246-0', '0112038-9', '1458359-3'])
      expect(checkBusinessId(id)).toEqual({ valid: true, normalised: id })
    expect(checkBusinessId(' 02462460 ')).toEqual({ valid: true, normalised: '0246246-0' })
    expect(checkBusinessId('246246-0')).toEqual({ valid: true, normalised: '0246246-0' })
  })

  it('refuses a wrong check digit, a remainder of 1 and other shapes', () => {
    expect(checkBusinessId('0246246-1')).toEqual({ valid: false, reason: 'checksum' })
    // 1234567: 7+18+30+20+40+24+14 = 153, 153 mod 11 = 10 → check 1; 1234568 → remainder 1, never issued.
    expect(checkBusinessId('1234567-1')).toEqual({ valid: true, normalised: '1234567-1' })
    expect(checkBusinessId('1234568-0').valid).toBe(false)
    for (const text of ['', 'FI02462460', '0246246-', '12345-6', '0246246–0']) {
      expect(checkBusinessId(text)).toEqual({ valid: false, reason: 'format' })
    }
  })
})
