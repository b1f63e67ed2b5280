import { describe, expect, it } from 'vitest'
import { isIsoDate, isoDateSchema } from './iso-date'

describe('isoDate', () => {
  it('accepts real calendar days only', () => {
    expect(['2024-02-29', '2025-12-31', '1900-01-01'].map(isIsoDate)).toEqual([true, true, true])
    expect(['2023-02-30', '2025-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '5.3.2025', ''].map(isIsoDate)).toEqual(
      Array(7).fill(false),
    )
    expect(isoDateSchema.safeParse('2023-02-30').error?.issues[0]?.message).toBe('errors.invalidDate')
  })
})
