import { Center, Loader } from '@mantine/core'
import { useEffect, useRef } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'react-router'
import type { CoachProfile } from '@shared/settings/coach-profile-schema'
import { documentLanguageOf } from '@shared/i18n/languages'
import { useDocumentFormat } from '../../format/document-format'
import { AppLanguage, DocumentLanguage } from '../../i18n/document-language'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { PrintDocument } from '../print/PrintDocument'
import { PrintToolbar } from '../print/PrintToolbar'
import { PrintLanguageChoice, printRouteIn, usePrintLanguage } from '../print/print-language'
import { useClientLanguage } from '../forms/form-queries'
import { useCoachProfile } from '../settings/settings-queries'
import { benefitName } from './benefit-name'
import { useEngineLine } from './engine-line'
import { useCalculation, type SavedCalculation } from './calculator-queries'
import { PrintedLimits, PrintedSources, PrintedYear } from './PrintedSections'
import { usesEstimate } from './result-badges'
import { savedWageText } from './saved-inputs'
import { useFitToOnePage } from './use-fit-one-page'
import { verdictLines } from './verdict'

/**
 * The one-page A4 summary for the client, in the shared print layout and in the client's language: the language of
 * service of their cooperation agreement, or the one the coach chose above the page (the app's language does not
 * matter here).
 */
export function CalculationPrintPage() {
  const { calculationId = '' } = useParams()
  const calculation = useCalculation(calculationId)
  const client = useClient(calculation.data?.clientId ?? '')
  const clientLanguage = useClientLanguage(calculation.data?.clientId ?? '')
  const coach = useCoachProfile()
  const language = usePrintLanguage(documentLanguageOf(clientLanguage.data?.asiointikieli))
  if (!calculation.data || !client.data || coach.isPending || clientLanguage.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  return (
    <DocumentLanguage language={language}>
      <CalculationPrint calculation={calculation.data} name={clientName(client.data)} coach={coach.data ?? null} />
    </DocumentLanguage>
  )
}

const right = { textAlign: 'right' } as const

function CalculationPrint({
  calculation,
  name,
  coach,
}: {
  calculation: SavedCalculation
  name: string
  coach: CoachProfile | null
}) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const { euro: formatEuro, deduction } = format
  const engineLine = useEngineLine()
  const location = useLocation()
  const printed = useRef(false)
  const route = `/print/calculation/${calculation.id}` as const
  const { input, result, summary } = calculation
  const date = format.date(calculation.createdAt)
  const meta = `${date} · ${t('calculator.print.month')} ${format.month(calculation.month)}`

  const fitted = useFitToOnePage()
  useEffect(() => {
    if (!fitted) return
    document.body.dataset.printReady = 'true'
    // Browser mode: "Tulosta" on the saved calculation opens this page and prints it.
    if ((location.state as { autoPrint?: boolean } | null)?.autoPrint && !printed.current) {
      printed.current = true
      window.setTimeout(() => window.print(), 100)
    }
    return () => {
      delete document.body.dataset.printReady
    }
  }, [fitted, location.state])

  const anyEstimate = result.items.some((item) => usesEstimate(item.kind, calculation.parameters))
  const { verdict, keep } = verdictLines(t, summary, result, calculation.keepPension, format)
  const garnishedBefore = summary.garnishedBefore ?? 0
  const enforcement = result.enforcement
  const preparedBy = coach ? preparedByLine(t, coach) : null

  return (
    <PrintDocument
      title={t('calculator.print.title')}
      clientName={name}
      meta={meta}
      toolbar={
        <AppLanguage>
          <PrintToolbar
            route={printRouteIn(route, format.language)}
            backTo={`/calculations/${calculation.id}`}
            fileNameParts={[t('calculator.print.title'), name, date]}
          />
          <PrintLanguageChoice language={format.language} route={route} />
        </AppLanguage>
      }
      footnote={
        <>
          <p style={{ margin: 0 }}>{t('calculator.print.disclaimer')}</p>
          {anyEstimate && <p style={{ margin: '3pt 0 0' }}>{t('calculator.print.estimateNote')}</p>}
          <PrintedSources items={result.items} />
        </>
      }
    >
      <section className="print-section">
        <p style={{ margin: 0, fontSize: '11.5pt' }}>
          <strong data-testid="print-wage">{savedWageText(t, calculation, format)}</strong>
        </p>
        {preparedBy && (
          <p style={{ margin: '2pt 0 0' }} data-testid="print-coach">
            {preparedBy}
          </p>
        )}
      </section>
      <section className="print-section print-section--keep">
        <h2>{t('calculator.sections.perBenefit')}</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('calculator.print.benefit')}</th>
              <th style={right}>{t('calculator.print.now')}</th>
              <th style={right}>{t('calculator.print.withJob')}</th>
              <th>{t('calculator.print.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item, index) => {
              const mark = usesEstimate(item.kind, calculation.parameters) ? ' *' : ''
              const small = { fontSize: '8.5pt' }
              return (
                <tr key={index}>
                  <td>
                    {benefitName(t, input, index)}
                    {item.limit !== undefined && item.kind !== 'debt-enforcement' && (
                      <div style={small}>
                        {t('calculator.result.limit', { amount: formatEuro(item.limit) })}
                        {mark}
                      </div>
                    )}
                    {item.kind === 'pensioners-care-allowance' && item.amountAfter !== item.amountBefore && (
                      <div style={small}>
                        {t('calculator.print.withJob')}: {t('calculator.result.careReplacement')}
                      </div>
                    )}
                    {item.kind === 'debt-enforcement' && enforcement && (
                      <div style={small} data-testid="print-enforcement">
                        {enforcement.incomeBase !== undefined && enforcement.incomeBaseBefore !== undefined
                          ? t('calculator.print.enforcementLine', {
                              baseBefore: formatEuro(enforcement.incomeBaseBefore),
                              base: formatEuro(enforcement.incomeBase),
                              before: formatEuro(enforcement.garnishedBefore ?? 0),
                              after: formatEuro(enforcement.garnished),
                            })
                          : t('calculator.result.protectedOnly', { amount: formatEuro(enforcement.protectedAmount) })}
                        {mark}
                      </div>
                    )}
                  </td>
                  {item.kind === 'debt-enforcement' && enforcement ? (
                    <>
                      <td style={right}>{deduction(enforcement.garnishedBefore ?? 0)}</td>
                      <td style={right}>{deduction(enforcement.garnished)}</td>
                    </>
                  ) : (
                    <>
                      <td style={right}>{formatEuro(item.amountBefore)}</td>
                      <td style={right}>
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
              <td style={right}>{formatEuro(0)}</td>
              <td style={right}>{formatEuro(summary.grossWage)}</td>
              <td />
            </tr>
            <tr style={{ fontWeight: 700 }}>
              <td>
                {t('calculator.result.totalIncome')}
                {(summary.garnished > 0 || garnishedBefore > 0) && (
                  <div style={{ fontSize: '8.5pt', fontWeight: 400 }}>{t('calculator.result.garnishedNote')}</div>
                )}
              </td>
              <td style={right}>{formatEuro(summary.totalBefore)}</td>
              <td style={right}>{formatEuro(summary.totalAfter)}</td>
              <td />
            </tr>
          </tbody>
        </table>
        <p style={{ margin: '4pt 0 0', fontWeight: 700, fontSize: '11.5pt' }} data-testid="print-verdict">
          {verdict}{' '}
          {!keep && <span style={{ fontWeight: 400, fontSize: '9pt' }}>{t('calculator.result.grossNote')}</span>}
        </p>
        {keep && (
          <p
            style={{ margin: '3pt 0 0', padding: '3pt 6pt', borderLeft: '3pt solid #9c3d00', fontWeight: 700 }}
            data-testid="print-keep-pension"
          >
            {keep}
          </p>
        )}
        {keep && <p style={{ margin: '2pt 0 0', fontSize: '9pt' }}>{t('calculator.result.grossNote')}</p>}
      </section>
      <PrintedLimits calculation={calculation} />
      <PrintedYear calculation={calculation} />
      {result.warnings.length > 0 && (
        <section className="print-section">
          <h2>{t('calculator.print.remember')}</h2>
          <ul style={{ margin: 0, paddingLeft: '14pt', fontSize: '9.5pt' }}>
            {result.warnings.map((warning, index) => (
              <li key={index}>{engineLine(warning)}</li>
            ))}
          </ul>
        </section>
      )}
    </PrintDocument>
  )
}

/** Who made the calculation and how the client reaches them, from Settings: name, unit, organisation, phone, e-mail. */
function preparedByLine(t: TFunction, coach: CoachProfile): string {
  const where = [coach.unit, coach.organisation].filter(Boolean).join(', ')
  const contact = [coach.phone, coach.email].filter(Boolean).join(', ')
  const who = where
    ? t('calculator.print.preparedByUnit', { name: coach.name, unit: where })
    : t('calculator.print.preparedBy', { name: coach.name })
  return contact ? `${who}. ${t('calculator.print.coachContact', { contact })}` : who
}
