import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import type { UseFormSetValue, Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { calculateYearView, type CalcInput, type ParameterTable } from '@benefits'
import type { StoredYearView } from '@shared/api/calculator-api'
import { useEngineLine } from './engine-line'
import { tableForYearView } from '@shared/calculator/year-plan'
import { deduction, formatEuro } from '../../format/format'
import { MONEY, formatFinnishNumber } from '../../forms-ui/finnish-number'
import { formatMonth, yearMonths, type CalcFormValues } from './calculator-form'
import { benefitName } from './benefit-name'
import { NumField, type ErrorOf } from './NumField'
import { WideTable } from '../../forms-ui/WideTable'

/** The 12-month view: the coach enters a wage per month, each month is calculated with its own rules. */
export function YearViewSection({
  control,
  setValue,
  open,
  month,
  grossMonthly,
  table,
  input,
  yearWages,
  wagesEmpty,
  errorOf,
}: {
  control: Control<CalcFormValues>
  setValue: UseFormSetValue<CalcFormValues>
  open: boolean
  /** the first month (the calculation's month) */
  month: string
  /** the planned monthly wage, to fill the months with */
  grossMonthly: number | undefined
  table: ParameterTable
  /** the calculation's input when the form is valid */
  input: CalcInput | null
  /** the 12 wages as read (null when a month's text is not a number) */
  yearWages: number[] | null
  /** no month has a wage yet (opening the view fills them with the planned wage) */
  wagesEmpty: boolean
  errorOf: ErrorOf
}) {
  const { t } = useTranslation()
  const gross = grossMonthly ?? 0
  const months = yearMonths(month)
  const wagesKey = yearWages?.join('|') ?? ''
  const view = useMemo(() => {
    if (!input || !yearWages) return null
    const { table: yearTable, estimatedFrom } = tableForYearView(table, input.month)
    const { month: _month, wage, ...base } = input
    const { grossMonthly: _gross, netMonthly: _net, ...wageRest } = wage
    try {
      const yearView = calculateYearView(
        { startMonth: input.month, grossWages: yearWages, base: { ...base, wage: wageRest } },
        { parameters: yearTable },
      )
      return { yearView, estimatedFrom }
    } catch {
      return null
    }
    // yearWages is read through its key: the same wages give the same view without recomputing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, table, wagesKey])

  const fill = () =>
    setValue(
      'yearWages',
      Array.from({ length: 12 }, () => formatFinnishNumber(gross, MONEY)),
    )

  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-year-heading">
      <Title order={2} size="h3" mb="xs" id="calc-year-heading">
        {t('calculator.sections.year')}
      </Title>
      <Text mb="sm">{t('calculator.year.intro')}</Text>
      {!open ? (
        <Button
          variant="outline"
          size="md"
          onClick={() => {
            if (wagesEmpty) fill()
            setValue('yearOpen', true)
          }}
        >
          {t('calculator.year.show')}
        </Button>
      ) : (
        <Stack gap="sm">
          <Group>
            <Button variant="default" size="md" onClick={fill}>
              {t('calculator.year.fillAll', { amount: formatEuro(gross) })}
            </Button>
            <Button variant="subtle" size="md" onClick={() => setValue('yearOpen', false)}>
              {t('calculator.year.hide')}
            </Button>
          </Group>
          <Text size="md">{t('calculator.year.rule3')}</Text>
          {view?.estimatedFrom && (
            <Text size="md" c="violet.9">
              {t('calculator.year.beyondTable', { from: formatMonth(view.estimatedFrom) })}
            </Text>
          )}
          <YearTable
            months={months}
            view={view?.yearView ?? null}
            estimatedFrom={view?.estimatedFrom}
            wageCell={(index) => (
              <NumField
                control={control}
                name={`yearWages.${index}`}
                ariaLabel={t('calculator.year.wageForMonth', { month: formatMonth(months[index]!) })}
                error={errorOf(`yearWages.${index}`)}
                width={150}
              />
            )}
          />
          {view && input && <YearOutcome view={view.yearView} input={input} />}
        </Stack>
      )}
    </Paper>
  )
}

export function YearTable({
  months,
  view,
  estimatedFrom,
  wageCell,
}: {
  months: string[]
  view: StoredYearView | null
  estimatedFrom?: string
  wageCell: (index: number) => React.ReactNode
}) {
  const { t } = useTranslation()
  const engineLine = useEngineLine()
  const enforcement = view?.months.some((row) => row.result.enforcement !== undefined) ?? false
  return (
    <WideTable label={t('calculator.sections.year')} minWidth={640}>
      <Table fz="md" verticalSpacing={4} striped data-testid="year-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calculator.year.month')}</Table.Th>
            <Table.Th>{t('calculator.year.wage')}</Table.Th>
            <Table.Th ta="right">{t('calculator.year.benefitsAfter')}</Table.Th>
            {enforcement && <Table.Th ta="right">{t('calculator.year.garnished')}</Table.Th>}
            <Table.Th ta="right">{t('calculator.year.total')}</Table.Th>
            <Table.Th>{t('calculator.year.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((month, index) => {
            const row = view?.months[index]
            const benefits = row ? row.result.items.reduce((sum, item) => sum + item.amountAfter, 0) : undefined
            const garnished = row?.result.enforcement?.garnished ?? 0
            return (
              <Table.Tr key={month} data-testid="year-row">
                <Table.Th scope="row" fw={400}>
                  {formatMonth(month)}
                </Table.Th>
                <Table.Td>{wageCell(index)}</Table.Td>
                <Table.Td ta="right">{benefits !== undefined ? formatEuro(benefits) : '–'}</Table.Td>
                {enforcement && (
                  <Table.Td ta="right" data-testid="year-garnished">
                    {row ? deduction(garnished) : '–'}
                  </Table.Td>
                )}
                <Table.Td ta="right">
                  {benefits !== undefined && row ? formatEuro(benefits + row.grossWage - garnished) : '–'}
                </Table.Td>
                <Table.Td>
                  <MonthState
                    overLimit={row?.overLimit}
                    workTrial={row?.workTrial}
                    estimated={Boolean(estimatedFrom && month >= estimatedFrom)}
                  />
                  {row?.notes?.map((note, noteIndex) => (
                    <Text key={noteIndex} size="sm" mt={2} maw={360} data-testid="year-note">
                      {engineLine(note)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </WideTable>
  )
}

function MonthState({
  overLimit,
  workTrial,
  estimated,
}: {
  overLimit: boolean | undefined
  workTrial: boolean | undefined
  estimated: boolean
}) {
  const { t } = useTranslation()
  const badge = { size: 'lg', tt: 'none', fz: 'sm', radius: 'sm' } as const
  return (
    <Group gap={6}>
      {overLimit === true && (
        <Badge color="red.9" {...badge}>
          {t('calculator.year.overLimit')}
        </Badge>
      )}
      {overLimit === false && (
        <Badge color="#1e6b30" variant="outline" {...badge}>
          {t('calculator.year.withinLimit')}
        </Badge>
      )}
      {workTrial && (
        <Badge color="#9c3d00" variant="outline" {...badge} data-testid="work-trial">
          {t('calculator.year.workTrial')}
        </Badge>
      )}
      {estimated && (
        <Badge color="violet.9" variant="outline" {...badge}>
          {t('calculator.result.estimate')}
        </Badge>
      )}
    </Group>
  )
}

export function YearOutcome({ view, input }: { view: StoredYearView; input: CalcInput }) {
  const { t } = useTranslation()
  const { garnished, garnishedBefore } = view.totals
  return (
    <Stack gap={4} data-testid="year-outcome">
      {view.pensions.map((pension) => {
        const name = benefitName(t, input, pension.benefitIndex)
        if (pension.runs.length === 0)
          return <Text key={pension.benefitIndex}>{t('calculator.year.pensionOk', { pension: name })}</Text>
        return pension.runs.map((run) => (
          <Text
            key={`${pension.benefitIndex}-${run.from}`}
            fw={run.outcome === 'suspended' ? 700 : 400}
            c={run.outcome === 'suspended' ? 'red.9' : undefined}
          >
            {t(run.months === 1 ? 'calculator.year.runOne' : 'calculator.year.run', {
              pension: name,
              from: formatMonth(run.from),
              to: formatMonth(run.to),
              count: run.months,
              outcome: t(`calculator.year.outcomes.${run.outcome}`),
            })}
          </Text>
        ))
      })}
      <Text size="md" mt={4}>
        {t('calculator.year.totals', {
          wages: formatEuro(view.totals.grossWages),
          before: formatEuro(view.totals.benefitsBefore),
          after: formatEuro(view.totals.benefitsAfter),
        })}
      </Text>
      {garnished !== undefined && (garnished > 0 || (garnishedBefore ?? 0) > 0) && (
        <Text size="md" data-testid="year-garnished-totals">
          {t('calculator.year.garnishedTotals', {
            before: formatEuro(garnishedBefore ?? 0),
            after: formatEuro(garnished),
          })}
        </Text>
      )}
    </Stack>
  )
}
