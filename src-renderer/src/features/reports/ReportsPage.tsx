import type { ReactNode } from 'react'
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { FileDown, FileLock2, Printer } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { isIsoDate, localToday } from '@shared/dates/dates'
import type { ReportPeriod } from '@shared/reports/period-schema'
import { caseloadKeys, useRefreshAfterWrites } from '../caseload/caseload-queries'
import { usePrintRoute } from '../print/use-print-route'
import { PeriodPicker } from './PeriodPicker'
import { quarterOf, quarterPeriod } from './period'
import { ClosuresTable, ReportCharts } from './ReportCharts'
import { ReportFigures } from './ReportFigures'
import { reportKeys, useOutcomeReport, useSaveExport, type ExportMethod } from './report-queries'

const REFRESHED = [reportKeys.all, caseloadKeys.all]

/** The period in the address (?from=…&to=…), so a reload or the way back from the printout keeps it. */
function usePeriod(today: string): [ReportPeriod, (period: ReportPeriod) => void] {
  const [params, setParams] = useSearchParams()
  const from = params.get('from')
  const to = params.get('to')
  const period = isIsoDate(from) && isIsoDate(to) && to >= from ? { from, to } : quarterPeriod(quarterOf(today))
  return [period, (next) => setParams(next, { replace: true })]
}

/** Raportit: the outcome figures of a period with benchmarks, charts, print and the two exports. */
export function ReportsPage() {
  const { t } = useTranslation()
  const today = localToday()
  const [period, setPeriod] = usePeriod(today)
  const report = useOutcomeReport(period)
  const save = useSaveExport()
  const print = usePrintRoute()
  useRefreshAfterWrites(REFRESHED)

  const saveExport = (method: ExportMethod) =>
    save.mutate(
      { method, period },
      {
        onSuccess: (result) => {
          if (result)
            notifications.show({
              message: t(result.downloaded ? 'reports.downloaded' : 'reports.saved', { fileName: result.fileName }),
            })
        },
        onError: () => notifications.show({ color: 'red.9', message: t('reports.exportFailed') }),
      },
    )

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{t('reports.title')}</Title>
      <Text>{t('reports.intro')}</Text>
      <Paper p="lg" withBorder>
        <PeriodPicker period={period} today={today} onChange={setPeriod} />
      </Paper>
      <Group gap="sm">
        <Button
          leftSection={<Printer size={18} aria-hidden />}
          onClick={() => print(`/print/report/${period.from}/${period.to}`)}
        >
          {t('reports.print')}
        </Button>
        <Button
          variant="default"
          leftSection={<FileDown size={18} aria-hidden />}
          loading={save.isPending && save.variables?.method === 'reports-export-csv'}
          onClick={() => saveExport('reports-export-csv')}
        >
          {t('reports.exportCsv')}
        </Button>
        <Button
          variant="default"
          leftSection={<FileLock2 size={18} aria-hidden />}
          loading={save.isPending && save.variables?.method === 'reports-export-anonymised'}
          onClick={() => saveExport('reports-export-anonymised')}
          aria-describedby="anonymised-help"
        >
          {t('reports.exportAnonymised')}
        </Button>
      </Group>
      <Text size="sm" id="anonymised-help">
        {t('reports.anonymisedHelp')}
      </Text>
      {report.isError && (
        <Alert color="red" role="alert">
          {t('reports.loadFailed')}
        </Alert>
      )}
      {report.data && (
        <>
          <ReportSection id="figures-title" title={t('reports.figuresTitle')}>
            <ReportFigures view={report.data} />
          </ReportSection>
          <ReportSection id="charts-title" title={t('reports.chartsTitle')}>
            <ReportCharts view={report.data} />
          </ReportSection>
          <ReportSection id="closures-title" title={t('reports.closuresTitle')}>
            <ClosuresTable view={report.data} />
          </ReportSection>
          <ReportSection id="definitions-title" title={t('reports.definitionsTitle')}>
            <Text>{t('reports.definitions')}</Text>
          </ReportSection>
        </>
      )}
    </Stack>
  )
}

function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper p="lg" withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  )
}
