import { describe, expect, it } from 'vitest'
import {
  BENEFIT_FIELDS,
  benefitToRow,
  emptyBenefitRow,
  formFieldOfEnginePath,
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
  it('turns a monthly wage and a pension typed the Finnish way into the engine input', () => {
    const pension = { ...emptyBenefitRow('kela-disability-pension'), monthlyAmount: '712,35' }
    const parsed = parseForm(form({ grossMonthly: '1 200,50', benefits: [pension] }))
    expect(parsed).toMatchObject({
      ok: true,
      input: {
        month: '2026-03',
        wage: { grossMonthly: 1200.5 },
        benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 712.35 }],
      },
    })
  })

  it('works out the monthly wage from an hourly wage and weekly hours (52 weeks / 12 months)', () => {
    const values = form({ wageMode: 'hourly', hourlyWage: '12,50', hoursPerWeek: '20' })
    const parsed = parseForm(values)
    expect(parsed.ok && parsed.input.wage.grossMonthly).toBeCloseTo(1083.33, 2)
    expect(wageEntryOf(values)).toEqual({ mode: 'hourly', hourlyWage: 12.5, hoursPerWeek: 20 })
  })

  it('puts each problem on the field the coach typed into, as a message key', () => {
    expect(parseForm(form({ grossMonthly: '' }))).toEqual({
      ok: false,
      issues: { grossMonthly: { message: 'calculator.errors.number' } },
    })
    expect(parseForm(form({ wageMode: 'hourly', hourlyWage: '15', hoursPerWeek: '' }))).toMatchObject({
      ok: false,
      issues: { hoursPerWeek: { message: 'calculator.errors.number' } },
    })
    const negative = { ...emptyBenefitRow('social-assistance'), monthlyAmount: '-5' }
    expect(parseForm(form({ grossMonthly: '900', benefits: [negative] }))).toEqual({
      ok: false,
      issues: { 'benefits.0.monthlyAmount': { message: 'calculator.errors.negative' } },
    })
    expect(parseForm(form({ grossMonthly: '900', taxRatePercent: '120' }))).toEqual({
      ok: false,
      issues: { taxRatePercent: { message: 'calculator.errors.percent' } },
    })
  })

  it('refuses a text that is not a number, even in an optional field, instead of leaving it out', () => {
    const pension = { ...emptyBenefitRow('kela-disability-pension'), monthlyAmount: '700', netMonthly: '6OO' }
    expect(parseForm(form({ grossMonthly: '900', benefits: [pension] }))).toEqual({
      ok: false,
      issues: { 'benefits.0.netMonthly': { message: 'numbers.notANumber' } },
    })
    expect(parseForm(form({ grossMonthly: '12,555' }))).toEqual({
      ok: false,
      issues: { grossMonthly: { message: 'numbers.tooManyDecimals', values: { max: 2 } } },
    })
    expect(parseForm(form({ grossMonthly: '900', adults: '1,5' }))).toEqual({
      ok: false,
      issues: { adults: { message: 'numbers.wholeNumber' } },
    })
  })

  it('reads the 12 months when the year view is open (an empty month is 0) and checks each', () => {
    const yearWages = ['1 000', '', ...Array.from({ length: 10 }, () => '500,5')]
    const parsed = parseForm(form({ grossMonthly: '900', yearOpen: true, yearWages }))
    expect(parsed.ok && parsed.yearWages).toEqual([1000, 0, ...Array.from({ length: 10 }, () => 500.5)])
    const wrong = parseForm(
      form({ grossMonthly: '900', yearOpen: true, yearWages: ['x', '-1', ...yearWages.slice(2)] }),
    )
    expect(wrong).toEqual({
      ok: false,
      issues: {
        'yearWages.0': { message: 'numbers.notANumber' },
        'yearWages.1': { message: 'calculator.errors.negative' },
      },
    })
  })

  it('prefills household and benefits (with the v2 refinements) from what was recorded for the client', () => {
    const values = initialValues(
      {
        benefits: [
          { kind: 'disability-allowance', monthlyAmount: 108.24 },
          { kind: 'kela-disability-pension', monthlyAmount: 1234.5, netMonthly: 1000 },
        ],
        household: { adults: 2, children: 1 },
      },
      TODAY,
    )
    expect(values).toMatchObject({
      adults: '2',
      children: '1',
      benefits: [
        { kind: 'disability-allowance', monthlyAmount: '108,24' },
        { kind: 'kela-disability-pension', monthlyAmount: '1 234,50', netMonthly: '1 000,00' },
      ],
    })
    const parsed = parseForm({ ...values, grossMonthly: '500' })
    expect(parsed.ok && parsed.input.benefits[1]).toEqual({
      kind: 'kela-disability-pension',
      monthlyAmount: 1234.5,
      netMonthly: 1000,
    })
  })

  it('has a form field for every field the engine asks for, the refinements marked advanced', () => {
    expect(BENEFIT_FIELDS['unemployment-benefit'].map((field) => [field.name, field.advanced])).toEqual([
      ['variant', false],
      ['dailyAmount', false],
      ['netMonthly', true],
      ['benefitDaysPaid', true],
    ])
    expect(BENEFIT_FIELDS['pensioners-housing-allowance'].filter((field) => field.advanced)).toHaveLength(1)
    expect(
      benefitToRow({ kind: 'housing-allowance', acceptedHousingCosts: 600, maximumHousingCosts: 550 }),
    ).toMatchObject({ acceptedHousingCosts: '600,00', maximumHousingCosts: '550,00' })
  })

  it("names the engine's field paths as the form's fields", () => {
    const values = form({})
    expect(formFieldOfEnginePath('benefits[2].netMonthly', values)).toBe('benefits.2.netMonthly')
    expect(formFieldOfEnginePath('wage.taxRatePercent', values)).toBe('taxRatePercent')
  })

  it('names months as a Finnish reader writes them and runs the year view over the new year', () => {
    expect(formatMonth('2026-06')).toBe('6/2026')
    const months = yearMonths('2026-11')
    expect(months).toHaveLength(12)
    expect(months.slice(0, 3)).toEqual(['2026-11', '2026-12', '2027-01'])
  })
})
