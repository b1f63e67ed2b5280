// The figures of the outcome report as the screen, the printout and the CSV show them: each with its numerator,
// denominator and share, and the benchmarks it is compared with. One list, so the three never disagree.
import { roundHalfAwayFromZero } from '../../process'
import type { OutcomeReportView } from '../api/reports-api'

/** Published benchmarks a figure is compared with (the sources are in docs/reports.md). */
export const BENCHMARKS = {
  /** THL's evaluation of the first IPS wave (2021–2023): employed on the open market during coaching. */
  thlEmployed: { share: 0.49 },
  /** IPS Employment Center learning community, 8 years, 13 states: minimal, average and excellent programmes. */
  ipsEmploymentCenter: { minimal: 0.31, average: 0.41, excellent: 0.5 },
  /** IPS Grow (UK) from April 2024: out-of-work clients who started a job. */
  ipsGrow: { share: 0.4 },
  /** THL: working or studying one year after (a follow-up figure; the period's share is a near comparison). */
  thlWorkingOrStudying: { share: 0.55 },
  /** IPS-25 item 15: the first face-to-face employer contact within 30 days of entry. */
  rapidJobSearch: { days: 30 },
} as const

export type BenchmarkKey = keyof typeof BENCHMARKS

export const FIGURE_KEYS = [
  'served',
  'referrals',
  'entries',
  'employed',
  'outOfWorkEmployed',
  'workingOrStudying',
  'inEducation',
  'jobStarts',
  'firstJobStarts',
  'firstEmployerContactWithin30Days',
  'medianDaysToFirstEmployerContact',
  'openAtEnd',
] as const

export type FigureKey = (typeof FIGURE_KEYS)[number]

export type ReportFigure = {
  key: FigureKey
  /** a count, or the median in days for medianDaysToFirstEmployerContact (null when there is none) */
  value: number | null
  /** for shares: value / denominator; null for counts */
  denominator: number | null
  /** value / denominator to 3 decimals (null for counts and when the denominator is 0) */
  share: number | null
  benchmarks: BenchmarkKey[]
}

/** Clients entered in the period who have a first employer contact, and those within 30 days. */
function firstContacts(view: OutcomeReportView) {
  const withContact = view.firstEmployerContactDays.reduce((sum, band) => sum + band.clients, 0)
  const within = view.firstEmployerContactDays.find((band) => band.band === '0-30')?.clients ?? 0
  return { withContact, within }
}

export function reportFigures(view: OutcomeReportView): ReportFigure[] {
  const r = view.report
  const count = (key: FigureKey, value: number): ReportFigure => ({
    key,
    value,
    denominator: null,
    share: null,
    benchmarks: [],
  })
  const share = (
    key: FigureKey,
    value: number,
    denominator: number,
    rate: number | null,
    benchmarks: BenchmarkKey[] = [],
  ): ReportFigure => ({ key, value, denominator, share: rate, benchmarks })
  const contacts = firstContacts(view)
  return [
    count('served', r.served),
    count('referrals', r.referrals),
    count('entries', r.entries),
    share('employed', r.employed, r.served, r.employmentRate, ['thlEmployed', 'ipsEmploymentCenter']),
    share('outOfWorkEmployed', r.outOfWorkEmployed, r.outOfWorkServed, r.outOfWorkEmploymentRate, ['ipsGrow']),
    share('workingOrStudying', r.workingOrStudying, r.served, ratio(r.workingOrStudying, r.served), [
      'thlWorkingOrStudying',
    ]),
    share('inEducation', r.inEducation, r.served, ratio(r.inEducation, r.served)),
    count('jobStarts', r.jobStarts),
    count('firstJobStarts', r.firstJobStarts),
    share(
      'firstEmployerContactWithin30Days',
      contacts.within,
      contacts.withContact,
      r.firstEmployerContactWithin30Days,
      ['rapidJobSearch'],
    ),
    {
      key: 'medianDaysToFirstEmployerContact',
      value: r.medianDaysToFirstEmployerContact,
      denominator: contacts.withContact,
      share: null,
      benchmarks: ['rapidJobSearch'],
    },
    count('openAtEnd', view.openAtEnd),
  ]
}

/** A share to 3 decimals, rounded as the engine's rates; null when the denominator is 0. */
function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : roundHalfAwayFromZero(numerator / denominator, 3)
}
