import { describe, expect, it } from 'vitest'
import {
  emptyBenefitRow,
  formatMonth,
  initialValues,
  parseForm,
  wageEntryOf,
  yearMonths,
  type CalcFormValues,
} from './calculator-form'

const TODAY = new Date(2026, 2, 15)
const form = (changes: Partial<CalcFormValues>): CalcFormValues => ({ ...initialValues(null, TODAY), ...changes })

describe('calculator form parsing', () => {
  it('turns a monthly wage and a pension into the engine input', () => {
    const pension = { ...emptyBenefitRow('kela-disability-pension'), monthlyAmount: 812.5 }
    const parsed = parseForm(form({ grossMonthly: 1200, benefits: [pension] }))
    expect(parsed).toMatchObject({
      ok: true,
      input: {
        month: '2026-03',
        wage: { grossMonthly: 1200 },
        benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 812.5 }],
      },
    })
  })

  it('works out the monthly wage from an hourly wage and weekly hours (52 weeks / 12 months)', () => {
    const values = form({ wageMode: 'hourly', hourlyWage: 15, hoursPerWeek: 20 })
    const parsed = parseForm(values)
    expect(parsed.ok && parsed.input.wage.grossMonthly).toBeCloseTo(1300, 6)
    expect(wageEntryOf(values)).toEqual({ mode: 'hourly', hourlyWage: 15, hoursPerWeek: 20 })
  })

  it('puts each problem on the field the coach typed into, as a message key', () => {
    expect(parseForm(form({ grossMonthly: '' }))).toEqual({
      ok: false,
      issues: { grossMonthly: 'calculator.errors.number' },
    })
    expect(parseForm(form({ wageMode: 'hourly', hourlyWage: 15, hoursPerWeek: '' }))).toMatchObject({
      ok: false,
      issues: { hoursPerWeek: 'calculator.errors.number' },
    })
    const negative = { ...emptyBenefitRow('social-assistance'), monthlyAmount: -5 }
    expect(parseForm(form({ grossMonthly: 900, benefits: [negative] }))).toEqual({
      ok: false,
      issues: { 'benefits.0.monthlyAmount': 'calculator.errors.negative' },
    })
    expect(parseForm(form({ grossMonthly: 900, taxRatePercent: 120 }))).toEqual({
      ok: false,
      issues: { taxRatePercent: 'calculator.errors.percent' },
    })
  })

  it('prefills household and benefits from what was recorded for the client', () => {
    const values = initialValues(
      { benefits: [{ kind: 'disability-allowance', monthlyAmount: 108.24 }], household: { adults: 2, children: 1 } },
      TODAY,
    )
    expect(values).toMatchObject({
      adults: 2,
      children: 1,
      benefits: [{ kind: 'disability-allowance', monthlyAmount: 108.24 }],
    })
  })

  it('names months as a Finnish reader writes them and runs the year view over the new year', () => {
    expect(formatMonth('2026-06')).toBe('6/2026')
    const months = yearMonths('2026-11')
    expect(months).toHaveLength(12)
    expect(months.slice(0, 3)).toEqual(['2026-11', '2026-12', '2027-01'])
  })
})
