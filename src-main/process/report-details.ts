// What the report screen shows beside the figures: job starts per month and the days from entry to the first
// employer contact in IPS-25 item 15's bands. All from the same per-client rows as the figures.
import { DateParser } from './dates'
import { prepareRecords } from './records'
import { parsePeriod, rowsPrepared, summariseRows } from './report'
import type { CaseloadRecords, OutcomeClientRow, OutcomeReport } from './types'

/** IPS-25 item 15's anchors: 5 = within 30 days, 4 = 31–60, 3 = 61–150, 2 = 151–270, 1 = 271 or more. */
export const FIRST_CONTACT_BANDS = [
  { band: '0-30', max: 30 },
  { band: '31-60', max: 60 },
  { band: '61-150', max: 150 },
  { band: '151-270', max: 270 },
  { band: '271+', max: null },
] as const

export type FirstContactBand = (typeof FIRST_CONTACT_BANDS)[number]['band']

export type OutcomeDetails = {
  report: OutcomeReport
  /** each client's contribution (outcomeRows) */
  rows: OutcomeClientRow[]
  /** competitive job starts per calendar month the period touches ('YYYY-MM'), months without starts included */
  jobStartsByMonth: Array<{ month: string; jobStarts: number }>
  /** clients entered in the period who have a first employer contact, by the days it took */
  firstEmployerContactDays: Array<{ band: FirstContactBand; clients: number }>
  /** clients entered in the period with no face-to-face employer contact recorded yet */
  enteredWithoutEmployerContact: number
}

/** 'YYYY-MM' of every month from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    months.push(key)
    if (key >= last) return months
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
}

export function bandOfDays(days: number): FirstContactBand {
  return FIRST_CONTACT_BANDS.find((band) => band.max === null || days <= band.max)!.band
}

/** The report with the rows and the chart series behind it, from one reading of the records. */
export function outcomeDetails(records: CaseloadRecords, period: { from: string; to: string }): OutcomeDetails {
  const dates = new DateParser()
  const { from, to } = parsePeriod(period, dates)
  const rows = rowsPrepared(prepareRecords(records, dates), from, to)
  const starts = new Map(monthsBetween(period.from, period.to).map((month) => [month, 0]))
  const bands = new Map(FIRST_CONTACT_BANDS.map(({ band }) => [band as FirstContactBand, 0]))
  let enteredWithoutEmployerContact = 0
  for (const row of rows) {
    for (const day of row.jobStartsOn) starts.set(day.slice(0, 7), starts.get(day.slice(0, 7))! + 1)
    if (!row.entered) continue
    if (row.daysToFirstEmployerContact === null) enteredWithoutEmployerContact++
    else {
      const band = bandOfDays(row.daysToFirstEmployerContact)
      bands.set(band, bands.get(band)! + 1)
    }
  }
  return {
    report: summariseRows(rows, period),
    rows,
    jobStartsByMonth: [...starts].map(([month, jobStarts]) => ({ month, jobStarts })),
    firstEmployerContactDays: [...bands].map(([band, clients]) => ({ band, clients })),
    enteredWithoutEmployerContact,
  }
}
