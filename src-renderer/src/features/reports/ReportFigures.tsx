import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OutcomeReportView } from '@shared/api/reports-api'
import { reportFigures } from '@shared/reports/report-figures'
import { useLanguage } from '../../i18n/document-language'
import { formatNumber as numberIn, formatShare as shareIn } from './report-format'

/** Every figure with its numerator, denominator and share, and the benchmarks beside it (screen and print). */
/** Numbers and column heads keep to one line (the print stylesheet would break a cell anywhere). */
const oneLine = { whiteSpace: 'nowrap', overflowWrap: 'normal' } as const

export function ReportFigures({ view, print = false }: { view: OutcomeReportView; print?: boolean }) {
  const { t } = useTranslation()
  // screens write numbers the Finnish way in every language; the printout as its language does
  const documentLanguage = useLanguage()
  const language = print ? documentLanguage : 'fi'
  const formatNumber = (value: number) => numberIn(value, language)
  const formatShare = (share: number | null) => shareIn(share, language)
  const table = (
    <Table
      verticalSpacing={print ? 2 : 'xs'}
      fz={print ? 'xs' : 'md'}
      withTableBorder
      className={print ? 'print-table' : undefined}
      data-testid="report-figures"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('reports.figure')}</Table.Th>
          <Table.Th scope="col" ta="right" style={{ overflowWrap: 'normal' }}>
            {t('reports.amount')}
          </Table.Th>
          <Table.Th scope="col" ta="right" style={{ overflowWrap: 'normal' }}>
            {t('reports.outOf')}
          </Table.Th>
          <Table.Th scope="col" ta="right" style={{ overflowWrap: 'normal' }}>
            {t('reports.share')}
          </Table.Th>
          <Table.Th scope="col">{t('reports.benchmark')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reportFigures(view).map((figure) => (
          <Table.Tr key={figure.key} data-testid={`figure-${figure.key}`}>
            <Table.Th scope="row" fw={600}>
              {t(`reports.figures.${figure.key}`)}
            </Table.Th>
            <Table.Td ta="right" style={oneLine}>
              {figure.value === null
                ? t('reports.none')
                : figure.key === 'medianDaysToFirstEmployerContact'
                  ? t('reports.days', { value: formatNumber(figure.value) })
                  : formatNumber(figure.value)}
            </Table.Td>
            <Table.Td ta="right" style={oneLine}>
              {figure.denominator === null ? '' : formatNumber(figure.denominator)}
            </Table.Td>
            <Table.Td ta="right" fw={figure.share === null ? undefined : 700} style={oneLine}>
              {figure.key === 'medianDaysToFirstEmployerContact' || figure.denominator === null
                ? ''
                : formatShare(figure.share)}
            </Table.Td>
            <Table.Td>
              {figure.benchmarks.map((key) => (
                <Text key={key} size={print ? 'xs' : 'sm'}>
                  {t(`reports.benchmarks.${key}`)}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
  return print ? (
    table
  ) : (
    <Table.ScrollContainer minWidth={640} type="native">
      {table}
    </Table.ScrollContainer>
  )
}
