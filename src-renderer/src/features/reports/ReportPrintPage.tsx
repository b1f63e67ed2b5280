import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { formatFinnishDate, isIsoDate, localToday } from '@shared/dates/dates'
import { useDocumentFormat } from '../../format/document-format'
import { useAutoPrint } from '../print/print-ready'
import { PrintDocument } from '../print/PrintDocument'
import { PrintToolbar } from '../print/PrintToolbar'
import { useCoachProfile } from '../settings/settings-queries'
import { ClosuresTable, ReportCharts } from './ReportCharts'
import { ReportFigures } from './ReportFigures'
import { useOutcomeReport } from './report-queries'

/** The outcome report of a period on A4: who made it, the figures with benchmarks, the charts, the definitions. */
export function ReportPrintPage() {
  const { t } = useTranslation()
  // a report is the coach's own document: printed in the app's language, dates as that language writes them
  const format = useDocumentFormat()
  const { from = '', to = '' } = useParams()
  const valid = isIsoDate(from) && isIsoDate(to) && to >= from
  const report = useOutcomeReport(valid ? { from, to } : null)
  const coach = useCoachProfile()
  const ready = report.data !== undefined && !coach.isPending
  useAutoPrint(ready)
  if (!ready) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  const periodText = t('reports.periodText', { from: format.date(from), to: format.date(to) })
  const madeBy = [coach.data?.unit, coach.data?.name].filter(Boolean).join(' – ')
  return (
    <PrintDocument
      title={t('reports.printTitle')}
      clientName={periodText}
      meta={madeBy}
      toolbar={
        <PrintToolbar
          route={`/print/report/${from}/${to}`}
          backTo={`/reports?from=${from}&to=${to}`}
          fileNameParts={[t('reports.printTitle'), `${formatFinnishDate(from)}–${formatFinnishDate(to)}`]}
        />
      }
      footnote={t('reports.printMeta', { date: format.date(localToday()) })}
    >
      <section className="print-section">
        <h2>{t('reports.figuresTitle')}</h2>
        <ReportFigures view={report.data} print />
      </section>
      <section className="print-section">
        <h2>{t('reports.chartsTitle')}</h2>
        <ReportCharts view={report.data} print />
      </section>
      <section className="print-section">
        <h2>{t('reports.closuresTitle')}</h2>
        <ClosuresTable view={report.data} print />
      </section>
      <section className="print-section">
        <h2>{t('reports.definitionsTitle')}</h2>
        <p>{t('reports.definitions')}</p>
      </section>
    </PrintDocument>
  )
}
