import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { formatParameterValue } from './ParametersPage'

describe('a calculator figure as the coach reads it', () => {
  it('says yes or no for a rule that is in force or not, not 1 or 0', () => {
    expect(formatParameterValue(i18next.t, { value: 1, unit: 'flag' })).toBe('kyllä')
    expect(formatParameterValue(i18next.t, { value: 0, unit: 'flag' })).toBe('ei')
  })

  it('writes euros and other figures the Finnish way', () => {
    expect(formatParameterValue(i18next.t, { value: 1234.5, unit: 'EUR/month' })).toBe('1\u00a0234,50\u00a0€ / kk')
    expect(formatParameterValue(i18next.t, { value: 0.5, unit: 'rate' })).toBe('0,5 (kerroin)')
  })
})
