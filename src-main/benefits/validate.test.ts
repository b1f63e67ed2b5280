import { describe, expect, it } from 'vitest'
import { calculateEarningsImpact } from './index'
import type { CalcInput } from './index'

const valid: CalcInput = {
  month: '2025-06',
  wage: { grossMonthly: 1000 },
  benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 500 }],
}

function bad(patch: (input: Record<string, unknown>) => void): () => void {
  const input = structuredClone(valid) as unknown as Record<string, unknown>
  patch(input)
  return () => calculateEarningsImpact(input as unknown as CalcInput)
}

const benefit0 = (i: Record<string, unknown>) =>
  (i.benefits as Array<Record<string, unknown>>)[0] as Record<string, unknown>
const wage = (i: Record<string, unknown>) => i.wage as Record<string, unknown>

describe('input validation: errors name the field', () => {
  it.each([
    [
      'negative amount',
      (i: Record<string, unknown>) => (benefit0(i).monthlyAmount = -1),
      /^benefits\[0\]\.monthlyAmount:/,
    ],
    [
      'NaN amount',
      (i: Record<string, unknown>) => (benefit0(i).monthlyAmount = Number.NaN),
      /^benefits\[0\]\.monthlyAmount:/,
    ],
    [
      'infinite amount',
      (i: Record<string, unknown>) => (benefit0(i).monthlyAmount = Infinity),
      /^benefits\[0\]\.monthlyAmount:/,
    ],
    [
      'missing amount',
      (i: Record<string, unknown>) => delete benefit0(i).monthlyAmount,
      /^benefits\[0\]\.monthlyAmount:/,
    ],
    [
      'string amount',
      (i: Record<string, unknown>) => (benefit0(i).monthlyAmount = '500'),
      /^benefits\[0\]\.monthlyAmount:/,
    ],
    ['unknown kind', (i: Record<string, unknown>) => (benefit0(i).kind = 'child-benefit'), /^benefits\[0\]\.kind:/],
    ['negative wage', (i: Record<string, unknown>) => (wage(i).grossMonthly = -0.01), /^wage\.grossMonthly:/],
    ['infinite wage', (i: Record<string, unknown>) => (wage(i).grossMonthly = -Infinity), /^wage\.grossMonthly:/],
    ['missing wage', (i: Record<string, unknown>) => delete i.wage, /^wage:/],
    ['tax over 100', (i: Record<string, unknown>) => (wage(i).taxRatePercent = 101), /^wage\.taxRatePercent:/],
    ['negative hours', (i: Record<string, unknown>) => (wage(i).hoursPerWeek = -1), /^wage\.hoursPerWeek:/],
    [
      'zero full-time hours',
      (i: Record<string, unknown>) => (wage(i).fullTimeHoursPerWeek = 0),
      /^wage\.fullTimeHoursPerWeek:/,
    ],
    ['net above gross', (i: Record<string, unknown>) => (wage(i).netMonthly = 1000.01), /^wage\.netMonthly:/],
    ['bad month format', (i: Record<string, unknown>) => (i.month = '2025-6'), /^month:/],
    ['month 13', (i: Record<string, unknown>) => (i.month = '2025-13'), /^month:/],
    ['month with no rules (before)', (i: Record<string, unknown>) => (i.month = '2023-12'), /^month: no rules/],
    ['month with no rules (after)', (i: Record<string, unknown>) => (i.month = '2027-01'), /^month: no rules/],
    ['benefits not an array', (i: Record<string, unknown>) => (i.benefits = {}), /^benefits:/],
    ['zero adults', (i: Record<string, unknown>) => (i.household = { adults: 0 }), /^household\.adults:/],
    ['fractional children', (i: Record<string, unknown>) => (i.household = { children: 1.5 }), /^household\.children:/],
    [
      'negative dependants',
      (i: Record<string, unknown>) => (i.household = { enforcementDependants: -1 }),
      /^household\.enforcementDependants:/,
    ],
    [
      'bad variant',
      (i: Record<string, unknown>) => (i.benefits = [{ kind: 'unemployment-benefit', variant: 'x', dailyAmount: 1 }]),
      /^benefits\[0\]\.variant:/,
    ],
    [
      'negative daily',
      (i: Record<string, unknown>) =>
        (i.benefits = [{ kind: 'unemployment-benefit', variant: 'basic-allowance', dailyAmount: -1 }]),
      /^benefits\[0\]\.dailyAmount:/,
    ],
    [
      'negative housing costs',
      (i: Record<string, unknown>) => (i.benefits = [{ kind: 'housing-allowance', acceptedHousingCosts: -5 }]),
      /^benefits\[0\]\.acceptedHousingCosts:/,
    ],
    [
      'negative established earnings',
      (i: Record<string, unknown>) =>
        (i.benefits = [
          { kind: 'earnings-disability-pension', variant: 'full', monthlyAmount: 1, establishedEarnings: -1 },
        ]),
      /^benefits\[0\]\.establishedEarnings:/,
    ],
    [
      'missing disabilityBased',
      (i: Record<string, unknown>) => (i.benefits = [{ kind: 'guarantee-pension', monthlyAmount: 1 }]),
      /^benefits\[0\]\.disabilityBased:/,
    ],
    [
      'duplicate housing allowance',
      (i: Record<string, unknown>) =>
        (i.benefits = [
          { kind: 'housing-allowance', acceptedHousingCosts: 1 },
          { kind: 'housing-allowance', acceptedHousingCosts: 1 },
        ]),
      /^benefits\[1\]\.kind:/,
    ],
  ])('%s', (_name, patch, message) => {
    expect(bad(patch)).toThrow(message)
  })
  it('the error is an Error instance', () => {
    expect(bad((i) => (i.month = 'x'))).toThrow(Error)
  })
  it('valid input with defaults works; an empty benefit list is valid', () => {
    expect(calculateEarningsImpact(valid).items).toHaveLength(1)
    const r = calculateEarningsImpact({ month: '2025-06', wage: { grossMonthly: 0 }, benefits: [] })
    expect(r.items).toEqual([])
    expect(r.month).toBe('2025-06')
  })
})
