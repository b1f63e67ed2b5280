import { useTranslation } from 'react-i18next'
import type { CalcItem } from '@benefits'
import { formatEuro } from '../../format/format'
import { formatHours } from './BreakEvenCard'
import { benefitName } from './benefit-name'
import { formatMonth } from './calculator-form'
import type { SavedCalculation } from './calculator-queries'
import { printedSource } from './SourceLinks'

/** "Tulorajat": the highest wage within each pension's limit (with hours for an hourly wage) and the 3-month rule. */
export function PrintedLimits({ calculation }: { calculation: SavedCalculation }) {
  const { t } = useTranslation()
  const { input, breakEven, wageEntry } = calculation
  if (breakEven.length === 0) return null
  const hourly = wageEntry?.mode === 'hourly'
  return (
    <section className="print-section print-section--keep">
      <h2>{t('calculator.print.limits')}</h2>
      <ul style={{ margin: 0, paddingLeft: '14pt' }}>
        {breakEven.map((entry) => (
          <li key={entry.benefitIndex}>
            {hourly && entry.hoursPerWeekWithinLimit !== undefined
              ? t('calculator.print.limitLineHours', {
                  pension: benefitName(t, input, entry.benefitIndex),
                  amount: formatEuro(entry.maxWageWithinLimit),
                  hours: formatHours(entry.hoursPerWeekWithinLimit),
                })
              : t('calculator.print.limitLine', {
                  pension: benefitName(t, input, entry.benefitIndex),
                  amount: formatEuro(entry.maxWageWithinLimit),
                })}
          </li>
        ))}
        <li>{t('calculator.year.rule3')}</li>
      </ul>
    </section>
  )
}

/** The 12-month view in a few lines: runs over a limit, work-trial months, enforcement over the year. */
export function PrintedYear({ calculation }: { calculation: SavedCalculation }) {
  const { t } = useTranslation()
  const { yearView, input } = calculation
  if (!yearView) return null
  const runs = yearView.pensions.flatMap((pension) =>
    pension.runs.map((run) => ({ ...run, pension: benefitName(t, input, pension.benefitIndex) })),
  )
  const trials = yearView.months.filter((month) => month.workTrial).map((month) => formatMonth(month.month))
  const { garnished, garnishedBefore } = yearView.totals
  const enforcement = garnished !== undefined && (garnished > 0 || (garnishedBefore ?? 0) > 0)
  if (runs.length === 0 && !enforcement) return null
  return (
    <section className="print-section print-section--keep">
      <h2>{t('calculator.sections.year')}</h2>
      <ul style={{ margin: 0, paddingLeft: '14pt' }} data-testid="print-year">
        {runs.map((run) => (
          <li key={`${run.pension}-${run.from}`}>
            {t(run.months === 1 ? 'calculator.year.runOne' : 'calculator.year.run', {
              pension: run.pension,
              from: formatMonth(run.from),
              to: formatMonth(run.to),
              count: run.months,
              outcome: t(`calculator.year.outcomes.${run.outcome}`),
            })}
          </li>
        ))}
        {trials.length > 0 && <li>{t('calculator.print.workTrialMonths', { months: trials.join(', ') })}</li>}
        {enforcement && (
          <li>
            {t('calculator.year.garnishedTotals', {
              before: formatEuro(garnishedBefore ?? 0),
              after: formatEuro(garnished),
            })}
          </li>
        )}
      </ul>
    </section>
  )
}

/** The sources of the results in one small paragraph: each name with a short address a reader can type. */
export function PrintedSources({ items }: { items: readonly CalcItem[] }) {
  const { t } = useTranslation()
  const sources = [...new Set(items.flatMap((item) => item.sources))]
  if (sources.length === 0) return null
  return (
    <p style={{ margin: '3pt 0 0', fontSize: '7.5pt', lineHeight: 1.3 }} data-testid="print-sources">
      {t('calculator.print.sources')}: {sources.map(printedSource).join(' · ')}
    </p>
  )
}
