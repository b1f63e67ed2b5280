import { describe, expect, it } from 'vitest'
import { breakEven, calculateEarningsImpact, incomeSummary, type CalcInput } from '../../benefits'
import { pensionKeepingWage } from './keep-pension'

const input = (grossMonthly: number): CalcInput => ({
  month: '2026-06',
  wage: { grossMonthly },
  benefits: [
    { kind: 'kela-disability-pension', monthlyAmount: 700 },
    { kind: 'housing-allowance', acceptedHousingCosts: 550 },
  ],
})

const keeping = (grossMonthly: number, hourly?: number) => {
  const calc = input(grossMonthly)
  return pensionKeepingWage(calc, calculateEarningsImpact(calc), breakEven(calc, hourly))
}

describe('the wage that keeps the pension', () => {
  it('when the job stops the Kela pension: the highest wage within its limit and what it gives', () => {
    const keep = keeping(1100, 13)
    const atLimit = input(990.9)
    const expected = incomeSummary(atLimit, calculateEarningsImpact(atLimit))
    expect(keep).toEqual({ wage: 990.9, hoursPerWeek: 17.58, summary: expected, stoppedPensions: [0] })
    // the pension is paid at that wage, so income grows more than with the planned 1 100 €
    expect(expected.benefitsAfter).toBeGreaterThan(700)
    expect(keep!.summary.change).toBeGreaterThan(
      incomeSummary(input(1100), calculateEarningsImpact(input(1100))).change,
    )
  })

  it('says nothing when the wage keeps every pension, or there is no pension', () => {
    expect(keeping(900)).toBeUndefined()
    const noPension: CalcInput = { month: '2026-06', wage: { grossMonthly: 3000 }, benefits: [] }
    expect(pensionKeepingWage(noPension, calculateEarningsImpact(noPension), [])).toBeUndefined()
  })

  it('keeps the tax rate and drops a given net wage (it belonged to the planned wage)', () => {
    const calc: CalcInput = { ...input(1100), wage: { grossMonthly: 1100, netMonthly: 900, taxRatePercent: 20 } }
    const keep = pensionKeepingWage(calc, calculateEarningsImpact(calc), breakEven(calc))
    expect(keep?.summary.netWage).toBe(792.72)
  })
})
