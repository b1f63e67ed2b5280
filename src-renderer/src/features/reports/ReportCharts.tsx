import { SimpleGrid, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CLOSURE_REASONS } from '@process'
import type { OutcomeReportView } from '@shared/api/reports-api'
import { BarChart, type Bar } from './BarChart'
import { monthLabel } from './report-format'

const PHASES = ['1', '2', '3', '4', '5', 'none'] as const

/** Phase distribution at the end, job starts per month, days to the first employer contact. */
export function ReportCharts({ view, print = false }: { view: OutcomeReportView; print?: boolean }) {
  const { t } = useTranslation()
  const height = print ? 120 : 220
  const describe = (bar: Bar) => t('reports.chartValue', { label: bar.label, value: bar.value })
  const phases: Bar[] = PHASES.map((phase) => ({
    label: phase === 'none' ? t('clients.noPhase') : t(`phases.short.${phase}`),
    value: view.report.byPhaseAtEnd[phase === 'none' ? 'none' : (Number(phase) as 1)],
  }))
  const years = new Set(view.jobStartsByMonth.map(({ month }) => month.slice(0, 4)))
  const starts: Bar[] = view.jobStartsByMonth.map(({ month, jobStarts }) => ({
    label: monthLabel(t, month, years.size > 1),
    value: jobStarts,
  }))
  const contacts: Bar[] = [
    ...view.firstEmployerContactDays.map(({ band, clients }) => ({
      label: t('reports.bandDays', { band: band.replace('-', '–') }),
      value: clients,
    })),
    { label: t('reports.noContactYet'), value: view.enteredWithoutEmployerContact },
  ]
  return (
    <SimpleGrid cols={print ? 1 : { base: 1, lg: 2 }} spacing={print ? 'sm' : 'xl'} className="report-charts">
      <BarChart title={t('reports.phaseChart')} bars={phases} describe={describe} height={height} />
      <BarChart title={t('reports.startsChart')} bars={starts} describe={describe} height={height} />
      <BarChart title={t('reports.contactChart')} bars={contacts} describe={describe} height={height} />
    </SimpleGrid>
  )
}

/** Closures in the period by reason. */
export function ClosuresTable({ view, print = false }: { view: OutcomeReportView; print?: boolean }) {
  const { t } = useTranslation()
  return (
    <Table
      verticalSpacing={print ? 2 : 4}
      fz={print ? 'xs' : 'md'}
      withTableBorder
      maw={520}
      className={print ? 'print-table' : undefined}
      data-testid="report-closures"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('reports.reason')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('reports.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {CLOSURE_REASONS.map((reason) => (
          <Table.Tr key={reason}>
            <Table.Th scope="row" fw={400}>
              {t(`process.client.closureReasons.${reason}`)}
            </Table.Th>
            <Table.Td ta="right">{view.report.closures[reason]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
