// Rules as data (over 300 lines: it is the dated, sourced table of every figure 2024–2026, kept in one place so a
// review reads it top to bottom): every euro figure and rate with its valid-from date, source and status.
// A calculation for month M uses, per key, the row with the latest validFrom <= the 1st of M.
import { CalcInputError } from './errors'
import { SRC } from './sources'

export type ParameterKey =
  | 'guaranteePension.full'
  | 'earningsPension.fullLimitRate'
  | 'earningsPension.partialLimitRate'
  | 'unemployment.wageReductionRate'
  | 'unemployment.protectedAmount'
  | 'unemployment.fullTimeShare'
  | 'unemployment.yleistukiInForce'
  | 'housing.compensationRate'
  | 'housing.baseDeductibleRate'
  | 'housing.earnedIncomeDeduction'
  | 'housing.incomeBase'
  | 'housing.incomePerAdult'
  | 'housing.incomePerChild'
  | 'housing.minimumBaseDeductible'
  | 'housing.reviewIncomeRise'
  | 'housing.reviewIncomeFall'
  | 'pensionersHousing.compensationRate'
  | 'pensionersHousing.baseDeductible'
  | 'pensionersHousing.incomeLimitSingle'
  | 'pensionersHousing.extraDeductibleRate'
  | 'disabilityAllowance.highest'
  | 'unemployment.basicDaily'
  | 'unemployment.stepDown1Days'
  | 'unemployment.stepDown1Rate'
  | 'unemployment.stepDown2Days'
  | 'unemployment.stepDown2Rate'
  | 'socialAssistance.earnedIncomeDeduction'
  | 'enforcement.dailyProtected'
  | 'enforcement.dependantDaily'
  | 'enforcement.daysPerMonth'

export type ParameterUnit = 'EUR/month' | 'EUR/day' | 'EUR/year' | 'rate' | 'days' | 'flag'

export type ParameterStatus = 'verified' | 'estimated'

export type ParameterRow = {
  key: ParameterKey
  /** YYYY-MM-DD */
  validFrom: string
  value: number
  unit: ParameterUnit
  status: ParameterStatus
  /** URL */
  source: string
  note?: string
  /** set on rows a coach has added or changed in the app */
  changedBy?: string
  /** ISO timestamp of the coach's change */
  changedAt?: string
}

export type ParameterTable = {
  /** last month (YYYY-MM) the table is known to cover; later months have no rules */
  validThrough: string
  rows: readonly ParameterRow[]
}

/** Parameters in force on the 1st of a month: one row per key (keys without a row are absent). */
export type ResolvedParameters = {
  month: string
  rows: Partial<Record<ParameterKey, ParameterRow>>
}

/** Finnish labels for the parameter screen and for warnings. */
export const PARAMETER_LABELS: Record<ParameterKey, string> = {
  'guaranteePension.full': 'Täysi takuueläke = työkyvyttömyyseläkkeen vähimmäisansioraja',
  'earningsPension.fullLimitRate': 'Työeläke: täyden eläkkeen ansioraja, osuus vakiintuneesta ansiosta',
  'earningsPension.partialLimitRate': 'Työeläke: osaeläkkeen ansioraja, osuus vakiintuneesta ansiosta',
  'unemployment.wageReductionRate': 'Työttömyysetuus: palkasta vähennettävä osuus',
  'unemployment.protectedAmount': 'Työttömyysetuus: suojaosa',
  'unemployment.fullTimeShare': 'Työttömyysetuus: osa-aikatyön enimmäisosuus kokoaikaisesta työajasta',
  'unemployment.yleistukiInForce': 'Yleistuki voimassa (1 = kyllä, 0 = ei)',
  'housing.compensationRate': 'Yleinen asumistuki: korvausprosentti',
  'housing.baseDeductibleRate': 'Yleinen asumistuki: perusomavastuun kerroin',
  'housing.earnedIncomeDeduction': 'Yleinen asumistuki: ansiotulovähennys',
  'housing.incomeBase': 'Yleinen asumistuki: perusomavastuun tuloraja, perusosa',
  'housing.incomePerAdult': 'Yleinen asumistuki: tulorajan lisä aikuista kohden',
  'housing.incomePerChild': 'Yleinen asumistuki: tulorajan lisä lasta kohden',
  'housing.minimumBaseDeductible': 'Yleinen asumistuki: pienin huomioitava perusomavastuu',
  'housing.reviewIncomeRise': 'Yleinen asumistuki: tulojen nousu, joka on ilmoitettava',
  'housing.reviewIncomeFall': 'Yleinen asumistuki: tulojen lasku, jonka perusteella tuki tarkistetaan',
  'pensionersHousing.compensationRate': 'Eläkkeensaajan asumistuki: korvausprosentti',
  'pensionersHousing.baseDeductible': 'Eläkkeensaajan asumistuki: perusomavastuu',
  'pensionersHousing.incomeLimitSingle': 'Eläkkeensaajan asumistuki: lisäomavastuun tuloraja, yksin asuva (€/vuosi)',
  'pensionersHousing.extraDeductibleRate': 'Eläkkeensaajan asumistuki: lisäomavastuu tulorajan ylittävästä tulosta',
  'disabilityAllowance.highest': 'Ylin vammaistuki (maksetaan hoitotuen sijaan eläkkeen levätessä)',
  'unemployment.basicDaily': 'Peruspäiväraha / yleistuki päivässä (porrastetun ansiopäivärahan alaraja)',
  'unemployment.stepDown1Days': 'Ansiopäivärahan 1. porrastus: maksettuja etuuspäiviä',
  'unemployment.stepDown1Rate': 'Ansiopäivärahan 1. porrastus: osuus alkuperäisestä',
  'unemployment.stepDown2Days': 'Ansiopäivärahan 2. porrastus: maksettuja etuuspäiviä',
  'unemployment.stepDown2Rate': 'Ansiopäivärahan 2. porrastus: osuus alkuperäisestä',
  'socialAssistance.earnedIncomeDeduction': 'Toimeentulotuki: ansiotulovähennys',
  'enforcement.dailyProtected': 'Ulosotto: velallisen suojaosuus päivää kohden',
  'enforcement.dependantDaily': 'Ulosotto: suojaosuus elatettavaa ja päivää kohden',
  'enforcement.daysPerMonth': 'Ulosotto: päiviä kuukauden palkanmaksukaudessa',
}

type RowSpec = [validFrom: string, value: number, status: ParameterStatus, source: string, note?: string]

function rows(key: ParameterKey, unit: ParameterUnit, specs: RowSpec[]): ParameterRow[] {
  return specs.map(([validFrom, value, status, source, note]) =>
    note === undefined
      ? { key, validFrom, value, unit, status, source }
      : { key, validFrom, value, unit, status, source, note },
  )
}

const V = 'verified'
const E = 'estimated'
const FROZEN = 'Laskentaperusteita ei indeksikorotettu 2025–2026 (Kelan indeksitiedote).'

export const DEFAULT_PARAMETER_TABLE: ParameterTable = {
  validThrough: '2026-12',
  rows: [
    ...rows('guaranteePension.full', 'EUR/month', [
      ['2024-01-01', 976.59, V, SRC.varmaWorking],
      [
        '2025-01-01',
        986.3,
        E,
        SRC.pensionFloor2025,
        'Laskettu: 976,59 × 1930/1911; sama luku Kelan tilastotiedotteessa lehdistön mukaan.',
      ],
      ['2026-01-01', 990.9, E, SRC.kelaIndex2026, 'Laskettu: 986,30 × 1939/1930; virallista lukua ei löytynyt.'],
    ]),
    ...rows('earningsPension.fullLimitRate', 'rate', [
      ['2024-01-01', 0.4, V, SRC.tyel47],
      ['2025-01-01', 0.4, V, SRC.tyel47],
      ['2026-01-01', 0.4, V, SRC.tyel47],
    ]),
    ...rows('earningsPension.partialLimitRate', 'rate', [
      ['2024-01-01', 0.6, V, SRC.tyel47],
      ['2025-01-01', 0.6, V, SRC.tyel47],
      ['2026-01-01', 0.6, V, SRC.tyel47],
    ]),
    ...rows('unemployment.wageReductionRate', 'rate', [
      ['2024-01-01', 0.5, V, SRC.kelaAdjusted],
      ['2025-01-01', 0.5, V, SRC.kelaAdjusted],
      ['2026-01-01', 0.5, V, SRC.kelaAdjusted],
      ['2026-05-01', 0.5, V, SRC.yleistuki, 'Yleistuki: puolet bruttopalkasta vähennetään.'],
    ]),
    ...rows('unemployment.protectedAmount', 'EUR/month', [
      ['2024-01-01', 300, V, SRC.protectedAmountBefore],
      [
        '2024-04-01',
        0,
        V,
        SRC.protectedAmountAbolished,
        'Suojaosa poistui 1.4.2024 tai sen jälkeen alkavista hakujaksoista.',
      ],
      ['2025-01-01', 0, V, SRC.protectedAmountAbolished],
      ['2026-01-01', 0, V, SRC.protectedAmountAbolished],
    ]),
    ...rows('unemployment.fullTimeShare', 'rate', [
      ['2024-01-01', 0.8, V, SRC.kelaGotWork],
      ['2025-01-01', 0.8, V, SRC.kelaGotWork],
      ['2026-01-01', 0.8, V, SRC.kelaGotWork],
    ]),
    ...rows('unemployment.yleistukiInForce', 'flag', [
      ['2024-01-01', 0, V, SRC.yleistuki],
      ['2025-01-01', 0, V, SRC.yleistuki],
      ['2026-01-01', 0, V, SRC.yleistuki],
      ['2026-05-01', 1, V, SRC.yleistuki, 'Yleistuki korvaa työmarkkinatuen ja peruspäivärahan 1.5.2026.'],
    ]),
    ...rows('unemployment.basicDaily', 'EUR/day', [
      ['2024-01-01', 37.21, V, SRC.basicDaily],
      ['2025-01-01', 37.21, V, SRC.kelaIndex2025, 'Jäädytetty 2024–2027.'],
      ['2026-01-01', 37.21, V, SRC.yleistuki, 'Myös yleistuki on 37,21 €/pv.'],
    ]),
    // Step-downs of the earnings-related allowance (HE 13/2024): for benefit periods whose employment condition
    // was met on or after 2.9.2024. Before that, no step-down (rate 1).
    ...rows('unemployment.stepDown1Days', 'days', [
      ['2024-01-01', 40, V, SRC.stepDown],
      ['2024-09-01', 40, V, SRC.stepDown, 'Voimaan 2.9.2024.'],
      ['2025-01-01', 40, V, SRC.stepDown],
      ['2026-01-01', 40, V, SRC.stepDown],
    ]),
    ...rows('unemployment.stepDown1Rate', 'rate', [
      ['2024-01-01', 1, V, SRC.stepDown, 'Ei porrastusta ennen 2.9.2024.'],
      ['2024-09-01', 0.8, V, SRC.stepDown, '80 % alkuperäisestä 40 etuuspäivän jälkeen; voimaan 2.9.2024.'],
      ['2025-01-01', 0.8, V, SRC.stepDown],
      ['2026-01-01', 0.8, V, SRC.stepDown],
    ]),
    ...rows('unemployment.stepDown2Days', 'days', [
      ['2024-01-01', 170, V, SRC.stepDown],
      ['2024-09-01', 170, V, SRC.stepDown, 'Voimaan 2.9.2024.'],
      ['2025-01-01', 170, V, SRC.stepDown],
      ['2026-01-01', 170, V, SRC.stepDown],
    ]),
    ...rows('unemployment.stepDown2Rate', 'rate', [
      ['2024-01-01', 1, V, SRC.stepDown, 'Ei porrastusta ennen 2.9.2024.'],
      ['2024-09-01', 0.75, V, SRC.stepDown, '75 % alkuperäisestä 170 etuuspäivän jälkeen; voimaan 2.9.2024.'],
      ['2025-01-01', 0.75, V, SRC.stepDown],
      ['2026-01-01', 0.75, V, SRC.stepDown],
    ]),
    ...rows('housing.compensationRate', 'rate', [
      ['2024-01-01', 0.8, V, SRC.housingChanges],
      ['2024-04-01', 0.7, V, SRC.housingChanges],
      ['2025-01-01', 0.7, V, SRC.housingDecision2025],
      ['2026-01-01', 0.7, E, SRC.kelaIndex2026, 'Ei muutostietoa 2026; oletettu ennallaan.'],
    ]),
    ...rows('housing.baseDeductibleRate', 'rate', [
      ['2024-01-01', 0.42, V, SRC.housingChanges],
      ['2024-04-01', 0.5, V, SRC.housingChanges],
      ['2025-01-01', 0.5, V, SRC.housingDecision2025],
      ['2026-01-01', 0.5, E, SRC.kelaIndex2026, FROZEN],
    ]),
    ...rows('housing.earnedIncomeDeduction', 'EUR/month', [
      ['2024-01-01', 300, V, SRC.housingIncome],
      ['2024-04-01', 0, V, SRC.housingChanges, 'Ansiotulovähennys poistui 1.4.2024.'],
      ['2025-01-01', 0, V, SRC.housingChanges],
      ['2026-01-01', 0, V, SRC.housingChanges],
    ]),
    // The income-limit constants of the pre-April-2024 formula are not verified for 2024,
    // so there is deliberately no row before 2024-04-01 (housing for 2024-01..03 throws).
    ...rows('housing.incomeBase', 'EUR/month', [
      ['2024-04-01', 667, E, SRC.housingDecision2025, 'Sama luku Kelan päätöksessä 10/2025; jäädytetty 2024–2027.'],
      ['2025-01-01', 667, V, SRC.housingDecision2025],
      ['2026-01-01', 667, E, SRC.kelaIndex2026, FROZEN],
    ]),
    ...rows('housing.incomePerAdult', 'EUR/month', [
      ['2024-04-01', 94, E, SRC.housingDecision2025, 'Sama luku Kelan päätöksessä 10/2025; jäädytetty 2024–2027.'],
      ['2025-01-01', 94, V, SRC.housingDecision2025],
      ['2026-01-01', 94, E, SRC.kelaIndex2026, FROZEN],
    ]),
    ...rows('housing.incomePerChild', 'EUR/month', [
      ['2024-04-01', 296, E, SRC.housingDecision2025, 'Sama luku Kelan päätöksessä 10/2025; jäädytetty 2024–2027.'],
      ['2025-01-01', 296, V, SRC.housingDecision2025],
      ['2026-01-01', 296, E, SRC.kelaIndex2026, FROZEN],
    ]),
    ...rows('housing.minimumBaseDeductible', 'EUR/month', [
      ['2024-01-01', 10, V, SRC.housingBaseDeductible],
      ['2025-01-01', 10, V, SRC.housingBaseDeductible],
      ['2026-01-01', 10, V, SRC.housingBaseDeductible],
    ]),
    ...rows('housing.reviewIncomeRise', 'EUR/month', [
      ['2024-01-01', 400, V, SRC.housingReview],
      ['2025-01-01', 400, V, SRC.housingReview],
      ['2026-01-01', 400, V, SRC.housingReview],
    ]),
    ...rows('housing.reviewIncomeFall', 'EUR/month', [
      ['2024-01-01', 200, V, SRC.housingReview],
      ['2025-01-01', 200, V, SRC.housingReview],
      ['2026-01-01', 200, V, SRC.housingReview],
    ]),
    // Pensioner's housing allowance (eläkkeensaajan asumistuki). The 85 % and the 41,3 % of 2024 are on Kela's pages;
    // the euro figures were found only in secondary sources and are kept as estimates (see docs/benefits.md).
    ...rows('pensionersHousing.compensationRate', 'rate', [
      ['2024-01-01', 0.85, V, SRC.pensionersHousingAmount],
      ['2025-01-01', 0.85, E, SRC.pensionersHousingReform2025, 'Muutostietoa ei löytynyt; oletettu ennallaan.'],
      ['2026-01-01', 0.85, E, SRC.kelaIndex2026, 'Muutostietoa ei löytynyt; oletettu ennallaan.'],
    ]),
    ...rows('pensionersHousing.extraDeductibleRate', 'rate', [
      ['2024-01-01', 0.413, V, SRC.pensionersHousingIncome],
      [
        '2025-01-01',
        0.435,
        E,
        SRC.pensionersHousingReform2025,
        'Tuloharkintaa kiristettiin 1.1.2025 (STM). 43,5 % löytyi vain yksityisestä laskurista; tarkista Kelan päätöksestä.',
      ],
      ['2026-01-01', 0.435, E, SRC.kelaIndex2026, 'Oletettu ennallaan vuodesta 2025.'],
    ]),
    ...rows('pensionersHousing.baseDeductible', 'EUR/month', [
      [
        '2024-01-01',
        56.78,
        E,
        SRC.pensionersHousingIncome,
        'Vuoden 2024 perusomavastuu yksityisestä laskurista; Kelan sivulta lukua ei löytynyt. Tarkista Kelan päätöksestä.',
      ],
      ['2025-01-01', 56.78, E, SRC.kelaIndex2025, 'Laskentaperusteet jäädytetty 2025–2026 (Kelan indeksitiedote).'],
      ['2026-01-01', 56.78, E, SRC.kelaIndex2026, FROZEN],
    ]),
    ...rows('pensionersHousing.incomeLimitSingle', 'EUR/year', [
      [
        '2024-01-01',
        10280,
        E,
        SRC.pensionersHousingIncome,
        'Vuoden 2024 tuloraja yksityisestä laskurista; Kelan sivulta lukua ei löytynyt. Tarkista Kelan päätöksestä.',
      ],
      ['2025-01-01', 10280, E, SRC.kelaIndex2025, 'Laskentaperusteet jäädytetty 2025–2026 (Kelan indeksitiedote).'],
      ['2026-01-01', 10280, E, SRC.kelaIndex2026, FROZEN],
    ]),
    ...rows('disabilityAllowance.highest', 'EUR/month', [
      ['2024-01-01', 492.71, V, SRC.disabilityAllowance],
      ['2025-01-01', 497.61, E, SRC.kelaIndex2025, 'Laskettu: 492,71 × 1930/1911 (vammaisetuudet indeksikorotetaan).'],
      ['2026-01-01', 499.93, E, SRC.kelaIndex2026, 'Laskettu: 497,61 × 1939/1930.'],
    ]),
    ...rows('socialAssistance.earnedIncomeDeduction', 'EUR/month', [
      ['2024-01-01', 150, V, SRC.socialIncome],
      ['2025-01-01', 150, V, SRC.socialIncome],
      ['2026-01-01', 150, V, SRC.socialIncome],
      ['2026-03-01', 0, V, SRC.socialReform2026, 'Ansiotulovähennys poistui maaliskuusta 2026.'],
    ]),
    ...rows('enforcement.dailyProtected', 'EUR/day', [
      ['2024-01-01', 32.56, V, SRC.enforcement2024],
      ['2025-01-01', 32.88, V, SRC.enforcement2025],
      [
        '2026-01-01',
        33.03,
        E,
        SRC.kelaIndex2026,
        'Arvio: 32,88 × 1939/1930 = 33,03 (lain perusmäärästä 29,52 × 1939/1733 = 33,03); vuoden 2026 asetusta ei löytynyt.',
      ],
    ]),
    ...rows('enforcement.dependantDaily', 'EUR/day', [
      ['2024-01-01', 9.52, V, SRC.enforcement2024],
      ['2025-01-01', 9.61, V, SRC.enforcement2025],
      [
        '2026-01-01',
        9.66,
        E,
        SRC.kelaIndex2026,
        'Arvio: vuoden 2024 määrä 9,52 × 1939/1911 = 9,66 (9,61 × 1939/1930 antaisi 9,65); vuoden 2026 asetusta ei löytynyt.',
      ],
    ]),
    ...rows('enforcement.daysPerMonth', 'days', [
      ['2024-01-01', 30, V, SRC.enforcementHow],
      ['2025-01-01', 30, V, SRC.enforcementHow],
      ['2026-01-01', 30, V, SRC.enforcementHow],
    ]),
  ],
}

/** Stable identifier of a parameter version, e.g. "guaranteePension.full@2026-01-01". */
export function parameterRowId(row: Pick<ParameterRow, 'key' | 'validFrom'>): string {
  return `${row.key}@${row.validFrom}`
}

/** The earliest month any row of the table is in force (YYYY-MM). */
export function firstMonthOf(table: ParameterTable): string | undefined {
  let first: string | undefined
  for (const row of table.rows) if (first === undefined || row.validFrom < first) first = row.validFrom
  return first?.slice(0, 7)
}

/**
 * Layers coach-entered rows over a table. A row with the same key and validFrom replaces the
 * existing one; other rows are added. Returns a new table; the input is not changed.
 */
export function applyParameterOverrides(
  table: ParameterTable,
  overrides: readonly ParameterRow[],
  validThrough?: string,
): ParameterTable {
  const byId = new Map<string, ParameterRow>()
  for (const row of table.rows) byId.set(parameterRowId(row), row)
  for (const row of overrides) byId.set(parameterRowId(row), row)
  return { validThrough: validThrough ?? table.validThrough, rows: [...byId.values()] }
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * Resolves the parameters in force on the 1st of `month` (YYYY-MM). Throws an error naming
 * `month` when the month is malformed or outside the table. When a table holds two rows with the
 * same key and validFrom, the later one wins (so appended overrides take effect).
 */
export function resolveParameters(month: string, table: ParameterTable = DEFAULT_PARAMETER_TABLE): ResolvedParameters {
  if (!MONTH_RE.test(month)) throw new CalcInputError('month', `expected "YYYY-MM", got ${JSON.stringify(month)}`)
  const first = firstMonthOf(table)
  if (first === undefined || month < first || month > table.validThrough) {
    throw new CalcInputError(
      'month',
      `no rules for ${month}; the parameter table covers ${first ?? '(empty)'} – ${table.validThrough}`,
    )
  }
  const day1 = `${month}-01`
  const resolved: Partial<Record<ParameterKey, ParameterRow>> = {}
  for (const row of table.rows) {
    if (row.validFrom > day1) continue
    const current = resolved[row.key]
    if (current === undefined || row.validFrom >= current.validFrom) resolved[row.key] = row
  }
  return { month, rows: resolved }
}

/** The parameter rows in force for a month (all keys), e.g. to show or save with a calculation. */
export function parametersUsed(month: string, table: ParameterTable = DEFAULT_PARAMETER_TABLE): ParameterRow[] {
  return Object.values(resolveParameters(month, table).rows)
}
