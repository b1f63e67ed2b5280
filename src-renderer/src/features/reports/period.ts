// Report periods as the picker offers them: calendar quarters (the default), years, or any range.
import type { ReportPeriod } from '@shared/reports/period-schema'

export type PeriodKind = 'quarter' | 'year' | 'custom'
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 }

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const
const QUARTER_STARTS = ['01-01', '04-01', '07-01', '10-01'] as const

export function quarterOf(isoDate: string): Quarter {
  return { year: Number(isoDate.slice(0, 4)), quarter: (Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1) as 1 }
}

export function quarterPeriod({ year, quarter }: Quarter): ReportPeriod {
  return { from: `${year}-${QUARTER_STARTS[quarter - 1]}`, to: `${year}-${QUARTER_ENDS[quarter - 1]}` }
}

export function yearPeriod(year: number): ReportPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** The `count` quarters up to the one `today` is in, newest first. */
export function recentQuarters(today: string, count: number): Quarter[] {
  const quarters: Quarter[] = []
  let { year, quarter } = quarterOf(today)
  for (let i = 0; i < count; i++) {
    quarters.push({ year, quarter })
    if (quarter === 1) {
      year--
      quarter = 4
    } else quarter = (quarter - 1) as 1
  }
  return quarters
}

/** Whether a period is a whole calendar quarter or year (the picker shows it so), or any other range. */
export function kindOf(period: ReportPeriod): PeriodKind {
  const quarter = quarterOf(period.from)
  const asQuarter = quarterPeriod(quarter)
  if (asQuarter.from === period.from && asQuarter.to === period.to) return 'quarter'
  const asYear = yearPeriod(quarter.year)
  return asYear.from === period.from && asYear.to === period.to ? 'year' : 'custom'
}
