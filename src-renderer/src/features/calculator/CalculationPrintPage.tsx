import { Center, Loader } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'react-router'
import { formatDate, formatEuro } from '../../format/format'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { PrintDocument } from '../print/PrintDocument'
import { PrintToolbar } from '../print/PrintToolbar'
import { formatMonth } from './calculator-form'
import { useCalculation, type SavedCalculation } from './calculator-queries'
import { formatHours } from './BreakEvenCard'
import { benefitName } from './benefit-name'
import { usesEstimate } from './CalculationResults'

/** The one-page A4 summary for the client, in the shared print layout. */
export function CalculationPrintPage() {
  const { calculationId = '' } = useParams()
  const calculation = useCalculation(calculationId)
  const client = useClient(calculation.data?.clientId ?? '')
  if (!calculation.data || !client.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  return <CalculationPrint calculation={calculation.data} name={clientName(client.data)} />
}

function CalculationPrint({ calculation, name }: { calculation: SavedCalculation; name: string }) {
  const { t } = useTranslation()
  const location = useLocation()
  const printed = useRef(false)
  const route = `/print/calculation/${calculation.id}` as const
  const { input, result, summary, wageEntry } = calculation
  const date = formatDate(calculation.createdAt)
  const meta = `${date} · ${t('calculator.print.month')} ${formatMonth(calculation.month)}`

  useEffect(() => {
    document.body.dataset.printReady = 'true'
    // Browser mode: "Tulosta" on the saved calculation opens this page and prints it.
    if ((location.state as { autoPrint?: boolean } | null)?.autoPrint && !printed.current) {
      printed.current = true
      window.setTimeout(() => window.print(), 100)
    }
    return () => {
      delete document.body.dataset.printReady
    }
  }, [location.state])

  const wage =
    wageEntry?.mode === 'hourly'
      ? t('calculator.saved.wageHourly', {
          amount: formatEuro(input.wage.grossMonthly),
          hourly: formatEuro(wageEntry.hourlyWage),
          hours: String(wageEntry.hoursPerWeek).replace('.', ','),
        })
      : t('calculator.saved.wageMonthly', { amount: formatEuro(input.wage.grossMonthly) })
  const anyEstimate = result.items.some((item) => usesEstimate(item.kind, calculation.parameters))
  const hourly = wageEntry?.mode === 'hourly'
  const change = summary.change

  return (
    <PrintDocument
      title={t('calculator.print.title')}
      clientName={name}
      meta={meta}
      toolbar={
        <PrintToolbar
          route={route}
          backTo={`/calculations/${calculation.id}`}
          fileNameParts={[t('calculator.print.title'), name, date]}
        />
      }
      footnote={
        <>
          <p style={{ margin: 0 }}>{t('calculator.print.disclaimer')}</p>
          {anyEstimate && <p style={{ margin: '3pt 0 0' }}>{t('calculator.print.estimateNote')}</p>}
        </>
      }
    >
      <section className="print-section">
        <p style={{ margin: 0, fontSize: '11.5pt' }}>
          <strong data-testid="print-wage">{wage}</strong> · {t('calculator.print.month')}{' '}
          {formatMonth(calculation.month)}
        </p>
      </section>
      <section className="print-section print-section--keep">
        <h2>{t('calculator.sections.perBenefit')}</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('calculator.print.benefit')}</th>
              <th style={{ textAlign: 'right' }}>{t('calculator.print.now')}</th>
              <th style={{ textAlign: 'right' }}>{t('calculator.print.withJob')}</th>
              <th>{t('calculator.print.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item, index) => {
              const mark = usesEstimate(item.kind, calculation.parameters) ? ' *' : ''
              return (
                <tr key={index}>
                  <td>
                    {benefitName(t, input, index)}
                    {item.limit !== undefined && item.kind !== 'debt-enforcement' && (
                      <div style={{ fontSize: '8.5pt' }}>
                        {t('calculator.result.limit', { amount: formatEuro(item.limit) })}
                        {mark}
                      </div>
                    )}
                  </td>
                  {item.kind === 'debt-enforcement' && result.enforcement ? (
                    <td colSpan={2} style={{ textAlign: 'right' }}>
                      {t('calculator.result.protectedAmount', {
                        amount: formatEuro(result.enforcement.protectedAmount),
                        garnished: formatEuro(result.enforcement.garnished),
                      })}
                      {mark}
                    </td>
                  ) : (
                    <>
                      <td style={{ textAlign: 'right' }}>{formatEuro(item.amountBefore)}</td>
                      <td style={{ textAlign: 'right' }}>
                        {formatEuro(item.amountAfter)}
                        {mark}
                      </td>
                    </>
                  )}
                  <td>{t(`calculator.status.${item.status}`)}</td>
                </tr>
              )
            })}
            <tr>
              <td>{t('calculator.result.wageGross')}</td>
              <td style={{ textAlign: 'right' }}>{formatEuro(0)}</td>
              <td style={{ textAlign: 'right' }}>{formatEuro(summary.grossWage)}</td>
              <td />
            </tr>
            {summary.garnished > 0 && (
              <tr>
                <td>{t('calculator.result.garnished')}</td>
                <td style={{ textAlign: 'right' }}>{formatEuro(0)}</td>
                <td style={{ textAlign: 'right' }}>−{formatEuro(summary.garnished)}</td>
                <td />
              </tr>
            )}
            <tr style={{ fontWeight: 700 }}>
              <td>{t('calculator.result.totalIncome')}</td>
              <td style={{ textAlign: 'right' }}>{formatEuro(summary.totalBefore)}</td>
              <td style={{ textAlign: 'right' }}>{formatEuro(summary.totalAfter)}</td>
              <td />
            </tr>
          </tbody>
        </table>
        <p style={{ margin: '4pt 0 0', fontWeight: 700, fontSize: '11.5pt' }}>
          {change > 0
            ? t('calculator.result.verdictBetter', { amount: formatEuro(change) })
            : change < 0
              ? t('calculator.result.verdictWorse', { amount: formatEuro(-change) })
              : t('calculator.result.verdictSame')}{' '}
          <span style={{ fontWeight: 400, fontSize: '9pt' }}>{t('calculator.result.grossNote')}</span>
        </p>
      </section>
      {calculation.breakEven.length > 0 && (
        <section className="print-section print-section--keep">
          <h2>{t('calculator.print.limits')}</h2>
          <ul style={{ margin: 0, paddingLeft: '14pt' }}>
            {calculation.breakEven.map((entry) => (
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
      )}
      {calculation.yearView && calculation.yearView.pensions.some((pension) => pension.runs.length > 0) && (
        <section className="print-section print-section--keep">
          <h2>{t('calculator.sections.year')}</h2>
          <ul style={{ margin: 0, paddingLeft: '14pt' }}>
            {calculation.yearView.pensions.flatMap((pension) =>
              pension.runs.map((run) => (
                <li key={`${pension.benefitIndex}-${run.from}`}>
                  {t(run.months === 1 ? 'calculator.year.runOne' : 'calculator.year.run', {
                    pension: benefitName(t, input, pension.benefitIndex),
                    from: formatMonth(run.from),
                    to: formatMonth(run.to),
                    count: run.months,
                    outcome: t(`calculator.year.outcomes.${run.outcome}`),
                  })}
                </li>
              )),
            )}
          </ul>
        </section>
      )}
      {result.warnings.length > 0 && (
        <section className="print-section">
          <h2>{t('calculator.print.remember')}</h2>
          <ul style={{ margin: 0, paddingLeft: '14pt', fontSize: '9.5pt' }}>
            {result.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
    </PrintDocument>
  )
}
