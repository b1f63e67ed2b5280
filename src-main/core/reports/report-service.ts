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
import { BENCHMARK_LABELS, CLOSURE_LABELS, FIGURE_LABELS, PHASE_LABELS } from './report-words'

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
function figureLines(view: OutcomeReportView): CsvCell[][] {
  const { report } = view
  return [
    ['Luku', 'Määrä', 'Josta laskettu', 'Osuus %', 'Vertailuluku'],
    ...reportFigures(view).map((figure) => [
      FIGURE_LABELS[figure.key],
      figure.value,
      figure.denominator,
      percent(figure.share),
      figure.benchmarks.map((key) => BENCHMARK_LABELS[key]).join(' · ') || null,
    ]),
    [],
    ['Päättymiset syittäin', 'Määrä'],
    ...CLOSURE_REASONS.map((reason) => [CLOSURE_LABELS[reason], report.closures[reason]]),
    [],
    ['Vaihe jakson lopussa', 'Asiakkaita'],
    ...([1, 2, 3, 4, 5, 'none'] as const).map((phase) => [PHASE_LABELS[phase], report.byPhaseAtEnd[phase]]),
    [],
    ['Kuukausi', 'Uudet työsuhteet'],
    ...view.jobStartsByMonth.map(({ month, jobStarts }) => [month, jobStarts]),
    [],
    ['Päiviä ensimmäiseen työnantajakontaktiin', 'Asiakkaita'],
    ...view.firstEmployerContactDays.map(({ band, clients }) => [`${band} pv`, clients]),
    ['Ei vielä työnantajakontaktia', view.enteredWithoutEmployerContact],
  ]
}

function header(title: string, period: ReportPeriod, now: Date): CsvCell[][] {
  return [
    [title],
    ['Jakso', formatFinnishDate(period.from), formatFinnishDate(period.to)],
    ['Tehty', formatFinnishDate(localToday(now))],
    [],
  ]
}

export function reportCsv(db: Db, period: ReportPeriod, now = new Date()): ExportFile {
  const view = outcomeReportView(db, period)
  return {
    fileName: `tyohonvalmennus-tulokset-${period.from}--${period.to}.csv`,
    text: csvText([...header('Työhönvalmennuksen tulokset', period, now), ...figureLines(view)]),
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

const ROW_COLUMNS = [
  'Avain',
  'Lähete jaksolla',
  'Aloitti jaksolla',
  'Palvelussa',
  'Työssä jaksolla',
  'Työtön lähetettäessä',
  'Työtön lähetettäessä ja aloitti työn',
  'Uusia työsuhteita',
  'Ensimmäinen työsuhde',
  'Opiskelemassa',
  'Työssä tai opiskelemassa',
  'Päiviä ensimmäiseen työnantajakontaktiin',
  'Päättyi jaksolla',
  'Päättymisen syy',
  'Vaihe jakson lopussa',
]

/** One client's row under its key: flags (1/0), counts and categories only. */
function anonymousRow(key: string, row: OutcomeClientRow): CsvCell[] {
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
    row.closureReason === null ? null : CLOSURE_LABELS[row.closureReason],
    row.phaseAtEnd === null ? null : PHASE_LABELS[row.phaseAtEnd],
  ]
}

export function anonymisedExport(
  db: Db,
  period: ReportPeriod,
  now = new Date(),
  random?: (bytes: number) => Uint8Array,
): ExportFile {
  const all = details(db, period)
  const keys = randomKeys(all.rows.length, random)
  // Rows in the order of their keys: the order of the records (the order clients were added) is not kept.
  const rows = all.rows.map((row, i) => anonymousRow(keys[i]!, row)).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
  return {
    fileName: `tyohonvalmennus-anonymisoitu-${period.from}--${period.to}.csv`,
    text: csvText([
      ...header('Työhönvalmennuksen tulokset, anonymisoitu', period, now),
      ...figureLines(viewOf(all)),
      [],
      ['Asiakaskohtaiset rivit: avain on arvottu tätä tiedostoa varten, eikä se yhdisty asiakkaaseen.'],
      ['Päiviä ensimmäiseen työnantajakontaktiin: vain jaksolla aloittaneille, joilla kontakti on.'],
      ROW_COLUMNS,
      ...rows,
    ]),
  }
}
