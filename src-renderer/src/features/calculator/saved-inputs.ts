import type { Benefit, CalcInput } from '@benefits'
import type { TFunction } from 'i18next'
import { formatEuro } from '../../format/format'
import { HOURS, PERCENT, formatFinnishNumber } from '../../forms-ui/finnish-number'
import type { SavedCalculation } from './calculator-queries'

/** "Palkka 1 100,00 € / kk" or "Palkka 1 083,33 € / kk (12,50 € / h × 20 h / vko)". */
export function savedWageText(t: TFunction, calculation: Pick<SavedCalculation, 'input' | 'wageEntry'>): string {
  const { input, wageEntry } = calculation
  return wageEntry?.mode === 'hourly'
    ? t('calculator.saved.wageHourly', {
        amount: formatEuro(input.wage.grossMonthly),
        hourly: formatEuro(wageEntry.hourlyWage),
        hours: formatFinnishNumber(wageEntry.hoursPerWeek, HOURS),
      })
    : t('calculator.saved.wageMonthly', { amount: formatEuro(input.wage.grossMonthly) })
}

/** A benefit as it was entered: "700,00 € / kk", "60,00 € / päivä, netto 1 000,00 € / kk", "asumismenot …". */
export function benefitInputText(t: TFunction, benefit: Benefit): string {
  const perMonth = (amount: number) => t('calculator.saved.perMonth', { amount: formatEuro(amount) })
  const parts: string[] = []
  const fields = benefit as Partial<Record<string, unknown>>
  const amount = (name: string) => (typeof fields[name] === 'number' ? (fields[name] as number) : undefined)
  const monthly = amount('monthlyAmount')
  const daily = amount('dailyAmount')
  if (monthly !== undefined) parts.push(perMonth(monthly))
  if (daily !== undefined) parts.push(t('calculator.saved.perDay', { amount: formatEuro(daily) }))
  const costs = amount('acceptedHousingCosts')
  if (costs !== undefined) parts.push(t('calculator.saved.housingCosts', { amount: formatEuro(costs) }))
  const labelled: Array<[string, 'otherIncome' | 'maximumCosts' | 'net' | 'established' | 'personalLimit']> = [
    ['otherGrossIncome', 'otherIncome'],
    ['maximumHousingCosts', 'maximumCosts'],
    ['establishedEarnings', 'established'],
    ['personalLimit', 'personalLimit'],
    ['netMonthly', 'net'],
  ]
  for (const [name, key] of labelled) {
    const value = amount(name)
    if (value !== undefined) parts.push(t(`calculator.saved.${key}`, { amount: formatEuro(value) }))
  }
  const days = amount('benefitDaysPaid')
  if (days !== undefined) parts.push(t('calculator.saved.daysPaid', { days: formatFinnishNumber(days, HOURS) }))
  if (fields.disabilityBased === false) parts.push(t('calculator.saved.notDisabilityBased'))
  return parts.join(', ')
}

/** The tax rate and household of an input, as short lines (only what was given). */
export function householdLines(t: TFunction, input: CalcInput): string[] {
  const lines: string[] = []
  if (input.wage.taxRatePercent !== undefined) {
    lines.push(t('calculator.saved.taxRate', { percent: formatFinnishNumber(input.wage.taxRatePercent, PERCENT) }))
  }
  const household = input.household
  lines.push(t('calculator.saved.household', { adults: household?.adults ?? 1, children: household?.children ?? 0 }))
  if (input.benefits.some((benefit) => benefit.kind === 'debt-enforcement')) {
    lines.push(t('calculator.saved.dependants', { count: household?.enforcementDependants ?? 0 }))
  }
  return lines
}
