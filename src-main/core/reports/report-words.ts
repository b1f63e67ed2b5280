// The words of the exported files in each app language (the screens have theirs in the renderer's i18n resources).
// A CSV file is the coach's own document, like the printed report: its headers are in the app's language. The
// numbers stay as Finnish Excel reads them (decimal comma, semicolons) in every language: see csv.ts.
import type { ClosureReason, Phase } from '../../process'
import type { Language } from '../../shared/i18n/languages'
import type { BenchmarkKey, FigureKey } from '../../shared/reports/report-figures'

export type ReportWords = {
  fileName: { results: string; anonymised: string }
  title: { results: string; anonymised: string }
  period: string
  made: string
  figureColumns: readonly [string, string, string, string, string]
  figures: Record<FigureKey, string>
  benchmarks: Record<BenchmarkKey, string>
  closuresTitle: readonly [string, string]
  closures: Record<ClosureReason, string>
  phasesTitle: readonly [string, string]
  phases: Record<Phase | 'none', string>
  monthsTitle: readonly [string, string]
  contactDaysTitle: readonly [string, string]
  days: (band: string) => string
  noEmployerContactYet: string
  rowNotes: readonly [string, string]
  rowColumns: readonly string[]
}

const finnish: ReportWords = {
  fileName: { results: 'tyohonvalmennus-tulokset', anonymised: 'tyohonvalmennus-anonymisoitu' },
  title: { results: 'Työhönvalmennuksen tulokset', anonymised: 'Työhönvalmennuksen tulokset, anonymisoitu' },
  period: 'Jakso',
  made: 'Tehty',
  figureColumns: ['Luku', 'Määrä', 'Josta laskettu', 'Osuus %', 'Vertailuluku'],
  figures: {
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
  },
  benchmarks: {
    thlEmployed: 'THL: 49 % työllistyi valmennuksen aikana',
    ipsEmploymentCenter: 'IPS Employment Center: 31 / 41 / 50 % (vähimmäis / keski / erinomainen)',
    ipsGrow: 'IPS Grow: 40 % työttömänä lähetetyistä',
    thlWorkingOrStudying: 'THL: 55 % työssä tai opiskelemassa vuoden kuluttua',
    rapidJobSearch: 'IPS-25 kohta 15: enintään 30 päivää',
  },
  closuresTitle: ['Päättymiset syittäin', 'Määrä'],
  closures: {
    'goal-reached': 'tavoite saavutettu / tuki toteutettu',
    'client-wish': 'asiakkaan toive',
    'not-reached': 'ei tavoitettu',
    'not-progressing': 'palvelu ei edennyt',
    moved: 'muutti pois',
    other: 'muu syy',
  },
  phasesTitle: ['Vaihe jakson lopussa', 'Asiakkaita'],
  phases: {
    1: '1 Aloitus',
    2: '2 Profilointi',
    3: '3 Työnhaku',
    4: '4 Työnantajat',
    5: '5 Työssä',
    none: 'Ei vaihetta',
  },
  monthsTitle: ['Kuukausi', 'Uudet työsuhteet'],
  contactDaysTitle: ['Päiviä ensimmäiseen työnantajakontaktiin', 'Asiakkaita'],
  days: (band) => `${band} pv`,
  noEmployerContactYet: 'Ei vielä työnantajakontaktia',
  rowNotes: [
    'Asiakaskohtaiset rivit: avain on arvottu tätä tiedostoa varten, eikä se yhdisty asiakkaaseen.',
    'Päiviä ensimmäiseen työnantajakontaktiin: vain jaksolla aloittaneille, joilla kontakti on.',
  ],
  rowColumns: [
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
  ],
}

const swedish: ReportWords = {
  fileName: { results: 'arbetstraning-resultat', anonymised: 'arbetstraning-anonymiserad' },
  title: { results: 'Arbetsträningens resultat', anonymised: 'Arbetsträningens resultat, anonymiserad' },
  period: 'Period',
  made: 'Gjord',
  figureColumns: ['Siffra', 'Antal', 'Av', 'Andel %', 'Jämförelsetal'],
  figures: {
    served: 'Klienter i tjänsten under perioden',
    referrals: 'Remisser',
    entries: 'Starter (samarbetsavtal)',
    employed: 'I arbete på den öppna arbetsmarknaden under perioden',
    outOfWorkEmployed: 'Av dem som var utan arbete vid remissen började arbeta under perioden',
    workingOrStudying: 'I arbete eller studier',
    inEducation: 'Studerar',
    jobStarts: 'Nya anställningar',
    firstJobStarts: 'Första anställningar',
    firstEmployerContactWithin30Days: 'Första arbetsgivarkontakten inom 30 dagar från starten',
    medianDaysToFirstEmployerContact: 'Dagar till första arbetsgivarkontakten (median)',
    openAtEnd: 'Klienter vid periodens slut',
  },
  benchmarks: {
    thlEmployed: 'THL: 49 % fick arbete under arbetsträningen',
    ipsEmploymentCenter: 'IPS Employment Center: 31 / 41 / 50 % (minst / i genomsnitt / utmärkt)',
    ipsGrow: 'IPS Grow: 40 % av dem som var utan arbete vid remissen',
    thlWorkingOrStudying: 'THL: 55 % i arbete eller studier efter ett år',
    rapidJobSearch: 'IPS-25 punkt 15: högst 30 dagar',
  },
  closuresTitle: ['Avslutningar per orsak', 'Antal'],
  closures: {
    'goal-reached': 'målet nått / stödet genomfört',
    'client-wish': 'klientens önskan',
    'not-reached': 'nåddes inte',
    'not-progressing': 'tjänsten gick inte framåt',
    moved: 'flyttade bort',
    other: 'annan orsak',
  },
  phasesTitle: ['Skede vid periodens slut', 'Klienter'],
  phases: {
    1: '1 Start',
    2: '2 Profilering',
    3: '3 Jobbsökning',
    4: '4 Arbetsgivare',
    5: '5 I arbete',
    none: 'Inget skede',
  },
  monthsTitle: ['Månad', 'Nya anställningar'],
  contactDaysTitle: ['Dagar till första arbetsgivarkontakten', 'Klienter'],
  days: (band) => `${band} d`,
  noEmployerContactYet: 'Ingen arbetsgivarkontakt ännu',
  rowNotes: [
    'Rader per klient: nyckeln har lottats för just den här filen och kan inte kopplas till klienten.',
    'Dagar till första arbetsgivarkontakten: bara för dem som började under perioden och har haft en kontakt.',
  ],
  rowColumns: [
    'Nyckel',
    'Remiss under perioden',
    'Började under perioden',
    'I tjänsten',
    'I arbete under perioden',
    'Utan arbete vid remissen',
    'Utan arbete vid remissen och började arbeta',
    'Nya anställningar',
    'Första anställningen',
    'Studerar',
    'I arbete eller studier',
    'Dagar till första arbetsgivarkontakten',
    'Avslutades under perioden',
    'Orsak till avslutningen',
    'Skede vid periodens slut',
  ],
}

const english: ReportWords = {
  fileName: { results: 'job-coaching-results', anonymised: 'job-coaching-anonymised' },
  title: { results: 'Results of job coaching', anonymised: 'Results of job coaching, anonymised' },
  period: 'Period',
  made: 'Made',
  figureColumns: ['Figure', 'Number', 'Out of', 'Share %', 'Benchmark'],
  figures: {
    served: 'Clients in the service in the period',
    referrals: 'Referrals',
    entries: 'Starts (cooperation agreement)',
    employed: 'In competitive work in the period',
    outOfWorkEmployed: 'Referred while out of work and started a job in the period',
    workingOrStudying: 'Working or studying',
    inEducation: 'Studying',
    jobStarts: 'New jobs',
    firstJobStarts: 'First jobs',
    firstEmployerContactWithin30Days: 'First employer contact within 30 days of the start',
    medianDaysToFirstEmployerContact: 'Days to the first employer contact (median)',
    openAtEnd: 'Clients at the end of the period',
  },
  benchmarks: {
    thlEmployed: 'THL: 49% found work during coaching',
    ipsEmploymentCenter: 'IPS Employment Center: 31 / 41 / 50% (minimum / average / exemplary)',
    ipsGrow: 'IPS Grow: 40% of those referred while out of work',
    thlWorkingOrStudying: 'THL: 55% working or studying after one year',
    rapidJobSearch: 'IPS-25 item 15: at most 30 days',
  },
  closuresTitle: ['Endings by reason', 'Number'],
  closures: {
    'goal-reached': 'goal reached / support completed',
    'client-wish': "client's wish",
    'not-reached': 'not reached',
    'not-progressing': 'service did not move forward',
    moved: 'moved away',
    other: 'other reason',
  },
  phasesTitle: ['Phase at the end of the period', 'Clients'],
  phases: {
    1: '1 Start',
    2: '2 Profiling',
    3: '3 Job search',
    4: '4 Employers',
    5: '5 In work',
    none: 'No phase',
  },
  monthsTitle: ['Month', 'New jobs'],
  contactDaysTitle: ['Days to the first employer contact', 'Clients'],
  days: (band) => `${band} days`,
  noEmployerContactYet: 'No employer contact yet',
  rowNotes: [
    'One row per client: the key was drawn for this file only and does not link to the client.',
    'Days to the first employer contact: only for clients who started in the period and have had a contact.',
  ],
  rowColumns: [
    'Key',
    'Referred in the period',
    'Started in the period',
    'In the service',
    'In work in the period',
    'Out of work when referred',
    'Out of work when referred and started a job',
    'New jobs',
    'First job',
    'Studying',
    'Working or studying',
    'Days to the first employer contact',
    'Ended in the period',
    'Reason for ending',
    'Phase at the end of the period',
  ],
}

export const REPORT_WORDS: Readonly<Record<Language, ReportWords>> = { fi: finnish, sv: swedish, en: english }
