import { describe, expect, it } from 'vitest'
import { eur, floor2, monthlyFromDaily, round2 } from './round'

describe('round2 (half away from zero)', () => {
  it.each([
    [1.005, 1.01],
    [1.004, 1],
    [2.675, 2.68],
    [0.125, 0.13],
    [-0.125, -0.13],
    [-1.005, -1.01],
    [800.015, 800.02],
    [0, 0],
    [-0.001, 0],
    [1234567.895, 1234567.9],
  ])('round2(%d) = %d', (x, expected) => {
    expect(round2(x)).toBe(expected)
  })
  it('never returns negative zero', () => {
    expect(Object.is(round2(-0.004), 0)).toBe(true)
  })
})

describe('monthlyFromDaily', () => {
  it('is round2(daily × 21.5)', () => {
    expect(monthlyFromDaily(37.21)).toBe(800.02) // 800.015 rounds up
    expect(monthlyFromDaily(70.49)).toBe(1515.54) // 1515.535
    expect(monthlyFromDaily(0)).toBe(0)
  })
})

describe('floor2 and eur', () => {
  it('floor2 rounds down to cents', () => {
    expect(floor2(1.999)).toBe(1.99)
    expect(floor2((0.29 * 100) / 100)).toBe(0.29)
  })
  it('eur formats Finnish style', () => {
    expect(eur(1234.5)).toBe('1\u00a0234,50\u00a0€')
    expect(eur(0)).toBe('0,00\u00a0€')
  })
})
