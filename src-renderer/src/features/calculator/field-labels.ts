import type { TFunction } from 'i18next'
import { formatMonth, yearMonths, type CalcFormValues } from './calculator-form'

const TOP_FIELDS = [
  'grossMonthly',
  'hourlyWage',
  'hoursPerWeek',
  'taxRatePercent',
  'adults',
  'children',
  'enforcementDependants',
] as const
const ROW_FIELDS = [
  'monthlyAmount',
  'dailyAmount',
  'establishedEarnings',
  'personalLimit',
  'acceptedHousingCosts',
  'otherGrossIncome',
  'netMonthly',
  'maximumHousingCosts',
  'benefitDaysPaid',
] as const

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  list.includes(value as T)

/** The words a coach sees for a form field ("benefits.1.acceptedHousingCosts" → "Yleinen asumistuki: Hyväksytyt …"). */
export function fieldLabel(t: TFunction, field: string, values: CalcFormValues): string {
  const [first, second, third] = field.split('.')
  if (first === 'benefits') {
    const row = values.benefits[Number(second)]
    const kind = row ? t(`calculator.kinds.${row.kind}`) : ''
    return isOneOf(ROW_FIELDS, third) ? `${kind}: ${t(`calculator.fields.${third}`)}` : kind
  }
  if (first === 'yearWages') {
    const month = yearMonths(values.month)[Number(second)]
    return t('calculator.year.wageForMonth', { month: month ? formatMonth(month) : '' })
  }
  if (isOneOf(TOP_FIELDS, first)) return t(`calculator.fields.${first}`)
  return t('calculator.fields.month')
}
