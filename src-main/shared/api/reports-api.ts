import type { OutcomeDetails } from '../../process'
import { reportPeriodSchema } from '../reports/period-schema'
import { endpoint } from './endpoint'

/** The outcome report of a period with its chart series (the per-client rows stay in the core). */
export type OutcomeReportView = Omit<OutcomeDetails, 'rows'> & {
  /** clients open on the period's last day (the caseload then) */
  openAtEnd: number
}

/** A text file made by the core for the coach to save (CSV, UTF-8 with a byte order mark for Excel). */
export type ExportFile = { fileName: string; text: string }

export const reportsApi = {
  /** The outcome figures of a period (both ends included), job starts per month, days to first employer contact. */
  'reports-outcome': endpoint<OutcomeReportView>()(reportPeriodSchema),
  /** The figures as CSV: each with its numerator, denominator, percentage and benchmark. */
  'reports-export-csv': endpoint<ExportFile>()(reportPeriodSchema),
  /**
   * For the team lead: the figures and one row per client with a random key made for this export only; no names,
   * ids, dates of birth, dates or free text.
   */
  'reports-export-anonymised': endpoint<ExportFile>()(reportPeriodSchema),
}
