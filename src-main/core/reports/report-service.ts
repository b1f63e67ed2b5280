// The outcome report of a period from the vault's records, and its two exports: the figures as CSV, and the
// anonymised file for the team lead (figures and per-client rows under random keys; no names, ids or dates of
// the clients, no free text).
import { randomBytes } from 'node:crypto'
import {
  CLOSURE_REASONS,
  outcomeDetails,
  roundHalfAwayFromZero,
  type OutcomeClientRow,
  type OutcomeDetails,
} from '../../process'
import type { ExportFile, OutcomeReportView } from '../../shared/api/reports-api'
import { formatFinnishDate, localToday } from '../../shared/dates/dates'
import type { ReportPeriod } from '../../shared/reports/period-schema'
import { reportFigures } from '../../shared/reports/report-figures'
import { loadCaseloadRecords } from '../caseload/caseload-records'
import type { Db } from '../db/open-database'
import { csvText, type CsvCell } from './csv'
import type { Language } from '../../shared/i18n/languages'
import { REPORT_WORDS, type ReportWords } from './report-words'

/** Archived clients count too: a report describes the past, which tidying the client list must not change. */
function details(db: Db, period: ReportPeriod): OutcomeDetails {
  return outcomeDetails(loadCaseloadRecords(db, { includeArchived: true }), period)
}

function viewOf({ rows: _rows, ...rest }: OutcomeDetails): OutcomeReportView {
  const openAtEnd = Object.values(rest.report.byPhaseAtEnd).reduce((sum, n) => sum + n, 0)
  return { ...rest, openAtEnd }
}

export function outcomeReportView(db: Db, period: ReportPeriod): OutcomeReportView {
  return viewOf(details(db, period))
}

const percent = (share: number | null) => (share === null ? null : roundHalfAwayFromZero(share * 100, 1))

/** The figures and the tables behind the charts, as CSV lines. */
function figureLines(view: OutcomeReportView, words: ReportWords): CsvCell[][] {
  const { report } = view
  return [
    [...words.figureColumns],
    ...reportFigures(view).map((figure) => [
      words.figures[figure.key],
      figure.value,
      figure.denominator,
      percent(figure.share),
      figure.benchmarks.map((key) => words.benchmarks[key]).join(' · ') || null,
    ]),
    [],
    [...words.closuresTitle],
    ...CLOSURE_REASONS.map((reason) => [words.closures[reason], report.closures[reason]]),
    [],
    [...words.phasesTitle],
    ...([1, 2, 3, 4, 5, 'none'] as const).map((phase) => [words.phases[phase], report.byPhaseAtEnd[phase]]),
    [],
    [...words.monthsTitle],
    ...view.jobStartsByMonth.map(({ month, jobStarts }) => [month, jobStarts]),
    [],
    [...words.contactDaysTitle],
    ...view.firstEmployerContactDays.map(({ band, clients }) => [words.days(band), clients]),
    [words.noEmployerContactYet, view.enteredWithoutEmployerContact],
  ]
}

/** Dates stay d.M.yyyy in every language: the file is read by a spreadsheet, not printed. */
function header(title: string, words: ReportWords, period: ReportPeriod, now: Date): CsvCell[][] {
  return [
    [title],
    [words.period, formatFinnishDate(period.from), formatFinnishDate(period.to)],
    [words.made, formatFinnishDate(localToday(now))],
    [],
  ]
}

/** The figures as CSV, its headers in `language` (the app's: the file is the coach's own document). */
export function reportCsv(db: Db, period: ReportPeriod, language: Language = 'fi', now = new Date()): ExportFile {
  const view = outcomeReportView(db, period)
  const words = REPORT_WORDS[language]
  return {
    fileName: `${words.fileName.results}-${period.from}--${period.to}.csv`,
    text: csvText([...header(words.title.results, words, period, now), ...figureLines(view, words)]),
  }
}

const KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ' // Crockford base32: no I, L, O, U

/** `count` different random keys of 10 characters (50 bits), drawn for one export and never stored. */
export function randomKeys(count: number, random: (bytes: number) => Uint8Array = randomBytes): string[] {
  const keys = new Set<string>()
  while (keys.size < count) {
    keys.add([...random(10)].map((byte) => KEY_ALPHABET[byte & 31]).join(''))
  }
  return [...keys]
}

const yes = (value: boolean) => (value ? 1 : 0)

/** One client's row under its key: flags (1/0), counts and categories only. */
function anonymousRow(key: string, row: OutcomeClientRow, words: ReportWords): CsvCell[] {
  return [
    key,
    yes(row.referred),
    yes(row.entered),
    yes(row.served),
    yes(row.employed),
    yes(row.outOfWork),
    yes(row.outOfWorkEmployed),
    row.jobStartsOn.length,
    yes(row.firstJobStart),
    yes(row.inEducation),
    yes(row.workingOrStudying),
    row.daysToFirstEmployerContact,
    yes(row.closed),
    row.closureReason === null ? null : words.closures[row.closureReason],
    row.phaseAtEnd === null ? null : words.phases[row.phaseAtEnd],
  ]
}

export function anonymisedExport(
  db: Db,
  period: ReportPeriod,
  language: Language = 'fi',
  now = new Date(),
  random?: (bytes: number) => Uint8Array,
): ExportFile {
  const words = REPORT_WORDS[language]
  const all = details(db, period)
  const keys = randomKeys(all.rows.length, random)
  // Rows in the order of their keys: the order of the records (the order clients were added) is not kept.
  const rows = all.rows.map((row, i) => anonymousRow(keys[i]!, row, words)).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
  return {
    fileName: `${words.fileName.anonymised}-${period.from}--${period.to}.csv`,
    text: csvText([
      ...header(words.title.anonymised, words, period, now),
      ...figureLines(viewOf(all), words),
      [],
      [words.rowNotes[0]],
      [words.rowNotes[1]],
      [...words.rowColumns],
      ...rows,
    ]),
  }
}
