import { Group, NativeSelect, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFinnishDate } from '@shared/dates/dates'
import type { ReportPeriod } from '@shared/reports/period-schema'
import { DateField } from '../../forms-ui/DateField'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { kindOf, quarterOf, quarterPeriod, recentQuarters, yearPeriod, type PeriodKind } from './period'

const QUARTERS_OFFERED = 12
const YEARS_OFFERED = 6

/** Quarter (default), year or any range; a range is applied once both dates are valid and in order. */
export function PeriodPicker({
  period,
  today,
  onChange,
}: {
  period: ReportPeriod
  today: string
  onChange: (period: ReportPeriod) => void
}) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<PeriodKind>(() => kindOf(period))
  const [range, setRange] = useState<{ from: string | null; to: string | null }>(period)
  const quarters = recentQuarters(today, QUARTERS_OFFERED)
  const thisYear = Number(today.slice(0, 4))
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i)
  const rangeError = range.from && range.to && range.to < range.from ? t('errors.beforeStart') : undefined

  const chooseKind = (next: PeriodKind) => {
    setKind(next)
    if (next === 'quarter') onChange(quarterPeriod(quarterOf(period.from)))
    if (next === 'year') onChange(yearPeriod(Number(period.from.slice(0, 4))))
    if (next === 'custom') setRange(period)
  }
  const changeRange = (next: { from: string | null; to: string | null }) => {
    setRange(next)
    if (next.from && next.to && next.to >= next.from) onChange({ from: next.from, to: next.to })
  }

  return (
    <Stack gap="sm">
      <LabelledSegmentedControl
        label={t('reports.periodKind')}
        value={kind}
        onChange={chooseKind}
        data={(['quarter', 'year', 'custom'] as const).map((value) => ({ value, label: t(`reports.kinds.${value}`) }))}
      />
      <Group align="flex-end" gap="md">
        {kind === 'quarter' && (
          <NativeSelect
            label={t('reports.quarter')}
            size="md"
            value={`${quarterOf(period.from).year}-${quarterOf(period.from).quarter}`}
            onChange={(event) => {
              const [year, quarter] = event.currentTarget.value.split('-').map(Number)
              onChange(quarterPeriod({ year: year!, quarter: quarter as 1 }))
            }}
            data={quarters.map((q) => ({
              value: `${q.year}-${q.quarter}`,
              label: t('reports.quarterOption', { quarter: q.quarter, year: q.year }),
            }))}
          />
        )}
        {kind === 'year' && (
          <NativeSelect
            label={t('reports.year')}
            size="md"
            value={period.from.slice(0, 4)}
            onChange={(event) => onChange(yearPeriod(Number(event.currentTarget.value)))}
            data={years.map((year) => String(year))}
          />
        )}
        {kind === 'custom' && (
          <>
            <DateField
              label={t('reports.from')}
              size="md"
              clearable={false}
              value={range.from}
              onChange={(from) => changeRange({ ...range, from })}
            />
            <DateField
              label={t('reports.to')}
              size="md"
              clearable={false}
              value={range.to}
              onChange={(to) => changeRange({ ...range, to })}
              error={rangeError}
            />
          </>
        )}
        <Text fw={600} pb={8} aria-live="polite" data-testid="report-period">
          {t('reports.periodText', { from: formatFinnishDate(period.from), to: formatFinnishDate(period.to) })}
        </Text>
      </Group>
    </Stack>
  )
}
