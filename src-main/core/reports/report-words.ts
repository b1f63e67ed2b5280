// The Finnish words of the exported files (the screens have theirs in the renderer's i18n resources).
import type { ClosureReason, Phase } from '../../process'
import type { BenchmarkKey, FigureKey } from '../../shared/reports/report-figures'

export const FIGURE_LABELS: Record<FigureKey, string> = {
  served: 'Asiakkaita palvelussa jaksolla',
  referrals: 'Lähetteet',
  entries: 'Aloitukset (yhteistyösopimus)',
  employed: 'Työssä avoimilla työmarkkinoilla jaksolla',
  outOfWorkEmployed: 'Työttömänä lähetetyistä aloitti työn jaksolla',
  workingOrStudying: 'Työssä tai opiskelemassa',
  inEducation: 'Opiskelemassa',
  jobStarts: 'Uudet työsuhteet',
  firstJobStarts: 'Ensimmäiset työsuhteet',
  firstEmployerContactWithin30Days: 'Ensimmäinen työnantajakontakti 30 päivän kuluessa aloituksesta',
  medianDaysToFirstEmployerContact: 'Päiviä ensimmäiseen työnantajakontaktiin (mediaani)',
  openAtEnd: 'Asiakkaita jakson lopussa',
}

export const BENCHMARK_LABELS: Record<BenchmarkKey, string> = {
  thlEmployed: 'THL: 49 % työllistyi valmennuksen aikana',
  ipsEmploymentCenter: 'IPS Employment Center: 31 / 41 / 50 % (vähimmäis / keski / erinomainen)',
  ipsGrow: 'IPS Grow: 40 % työttömänä lähetetyistä',
  thlWorkingOrStudying: 'THL: 55 % työssä tai opiskelemassa vuoden kuluttua',
  rapidJobSearch: 'IPS-25 kohta 15: enintään 30 päivää',
}

export const CLOSURE_LABELS: Record<ClosureReason, string> = {
  'goal-reached': 'tavoite saavutettu / tuki toteutettu',
  'client-wish': 'asiakkaan toive',
  'not-reached': 'ei tavoitettu',
  'not-progressing': 'palvelu ei edennyt',
  moved: 'muutti pois',
  other: 'muu syy',
}

export const PHASE_LABELS: Record<Phase | 'none', string> = {
  1: '1 Aloitus',
  2: '2 Profilointi',
  3: '3 Työnhaku',
  4: '4 Työnantajat',
  5: '5 Työssä',
  none: 'Ei vaihetta',
}
