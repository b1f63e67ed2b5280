import type { CalcResult } from '@benefits'
import type { StoredIncomeSummary } from '@shared/api/calculator-api'
import type { PensionKeepingWage } from '@shared/calculator/keep-pension'
import type { TFunction } from 'i18next'
import { formatEuro } from '../../format/format'
import { formatHours } from './BreakEvenCard'

/**
 * The headline of a calculation, on screen and in print: how income changes with the planned wage, and — when that
 * wage stops a pension — what the highest wage that keeps it gives (a green "income grows" alone would hide it).
 */
export function verdictLines(
  t: TFunction,
  summary: Pick<StoredIncomeSummary, 'change'>,
  result: Pick<CalcResult, 'items'>,
  keepPension: PensionKeepingWage | undefined,
): { verdict: string; keep?: string } {
  const change = summary.change
  const verdict =
    change > 0
      ? t('calculator.result.verdictBetter', { amount: formatEuro(change) })
      : change < 0
        ? t('calculator.result.verdictWorse', { amount: formatEuro(-change) })
        : t('calculator.result.verdictSame')
  if (!keepPension) return { verdict }
  const stops = keepPension.stoppedPensions.some((index) => {
    const status = result.items[index]?.status
    return status === 'over-limit' || status === 'not-payable'
  })
  const values = {
    wage: formatEuro(keepPension.wage),
    change: formatEuro(keepPension.summary.change),
    hours: keepPension.hoursPerWeek === undefined ? '' : formatHours(keepPension.hoursPerWeek),
  }
  const withHours = keepPension.hoursPerWeek !== undefined
  const key = stops
    ? withHours
      ? 'calculator.result.keepPensionHours'
      : 'calculator.result.keepPension'
    : withHours
      ? 'calculator.result.keepFullPensionHours'
      : 'calculator.result.keepFullPension'
  return { verdict, keep: t(key, values) }
}
