import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PARAMETER_TABLE,
  PARAMETER_LABELS,
  applyParameterOverrides,
  parameterRowId,
  parametersUsed,
  resolveParameters,
  type ParameterKey,
  type ParameterRow,
} from './parameters'
import { calculateEarningsImpact } from './index'

const KEYS = Object.keys(PARAMETER_LABELS) as ParameterKey[]
const value = (month: string, key: ParameterKey): number | undefined => resolveParameters(month).rows[key]?.value

describe('default parameter table', () => {
  it('every row has a valid date, a URL source, a status and a finite value', () => {
    for (const row of DEFAULT_PARAMETER_TABLE.rows) {
      expect(row.validFrom).toMatch(/^\d{4}-(0[1-9]|1[0-2])-01$/)
      expect(row.source).toMatch(/^https?:\/\//)
      expect(['verified', 'estimated']).toContain(row.status)
      expect(Number.isFinite(row.value)).toBe(true)
      expect(row.value).toBeGreaterThanOrEqual(0)
    }
  })
  it('has no duplicate key + validFrom', () => {
    const ids = DEFAULT_PARAMETER_TABLE.rows.map(parameterRowId)
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('has rows for 2024, 2025 and 2026 for every key', () => {
    for (const key of KEYS) {
      for (const year of ['2024', '2025', '2026']) {
        const has = DEFAULT_PARAMETER_TABLE.rows.some((r) => r.key === key && r.validFrom.startsWith(year))
        expect(has, `${key} ${year}`).toBe(true)
      }
    }
  })
  it('has the mid-year changes as their own rows', () => {
    const dates = new Set(DEFAULT_PARAMETER_TABLE.rows.map((r) => r.validFrom))
    expect(dates).toContain('2024-04-01')
    expect(dates).toContain('2026-03-01')
    expect(dates).toContain('2026-05-01')
  })
  it('marks computed figures as estimated and published ones as verified', () => {
    const row = (key: ParameterKey, date: string): ParameterRow | undefined =>
      DEFAULT_PARAMETER_TABLE.rows.find((r) => r.key === key && r.validFrom === date)
    expect(row('guaranteePension.full', '2024-01-01')?.status).toBe('verified')
    expect(row('guaranteePension.full', '2025-01-01')?.status).toBe('estimated')
    expect(row('guaranteePension.full', '2026-01-01')?.status).toBe('estimated')
    expect(row('enforcement.dailyProtected', '2025-01-01')?.status).toBe('verified')
    expect(row('enforcement.dailyProtected', '2026-01-01')?.status).toBe('estimated')
  })
})

describe('resolveParameters', () => {
  it('uses the rows in force on the 1st of the month', () => {
    expect(value('2024-03', 'unemployment.protectedAmount')).toBe(300)
    expect(value('2024-04', 'unemployment.protectedAmount')).toBe(0)
    expect(value('2024-03', 'housing.compensationRate')).toBe(0.8)
    expect(value('2024-04', 'housing.compensationRate')).toBe(0.7)
    expect(value('2026-02', 'socialAssistance.earnedIncomeDeduction')).toBe(150)
    expect(value('2026-03', 'socialAssistance.earnedIncomeDeduction')).toBe(0)
    expect(value('2026-04', 'unemployment.yleistukiInForce')).toBe(0)
    expect(value('2026-05', 'unemployment.yleistukiInForce')).toBe(1)
    expect(value('2024-12', 'guaranteePension.full')).toBe(976.59)
    expect(value('2025-01', 'guaranteePension.full')).toBe(986.3)
    expect(value('2026-01', 'guaranteePension.full')).toBe(990.9)
  })
  it('has no pre-April-2024 housing income limits (not verified)', () => {
    expect(value('2024-03', 'housing.incomeBase')).toBeUndefined()
    expect(value('2024-04', 'housing.incomeBase')).toBe(667)
  })
  it('throws naming month outside the table or malformed', () => {
    expect(() => resolveParameters('2023-12')).toThrow(/^month:/)
    expect(() => resolveParameters('2027-01')).toThrow(/^month:/)
    expect(() => resolveParameters('2024-13')).toThrow(/^month:/)
    expect(() => resolveParameters('2024-1')).toThrow(/^month:/)
  })
  it('parametersUsed lists one row per key for the month', () => {
    const rows = parametersUsed('2026-05')
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length)
    expect(rows.find((r) => r.key === 'unemployment.yleistukiInForce')?.validFrom).toBe('2026-05-01')
  })
})

describe('overrides', () => {
  it('a coach override replaces the same version and is used by the calculation', () => {
    const table = applyParameterOverrides(DEFAULT_PARAMETER_TABLE, [
      {
        key: 'guaranteePension.full',
        validFrom: '2026-01-01',
        value: 1000,
        unit: 'EUR/month',
        status: 'verified',
        source: 'https://www.kela.fi/takuuelake',
        changedBy: 'coach',
        changedAt: '2026-01-05T10:00:00Z',
      },
    ])
    expect(table.rows.length).toBe(DEFAULT_PARAMETER_TABLE.rows.length)
    const r = calculateEarningsImpact(
      {
        month: '2026-02',
        wage: { grossMonthly: 995 },
        benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 500 }],
      },
      { parameters: table },
    )
    expect(r.items[0]?.limit).toBe(1000)
    expect(r.items[0]?.status).toBe('within-limit')
    expect(r.parametersUsed?.find((p) => p.key === 'guaranteePension.full')?.changedBy).toBe('coach')
    expect(r.warnings.join(' ')).not.toMatch(/arvioitu/)
    // the default table is untouched
    expect(
      calculateEarningsImpact({
        month: '2026-02',
        wage: { grossMonthly: 995 },
        benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 500 }],
      }).items[0]?.status,
    ).toBe('over-limit')
  })
  it('an override can add a new version and extend the table', () => {
    const table = applyParameterOverrides(
      DEFAULT_PARAMETER_TABLE,
      [
        {
          key: 'guaranteePension.full',
          validFrom: '2027-01-01',
          value: 1001,
          unit: 'EUR/month',
          status: 'verified',
          source: 'https://www.kela.fi/takuuelake',
        },
      ],
      '2027-12',
    )
    expect(resolveParameters('2027-03', table).rows['guaranteePension.full']?.value).toBe(1001)
    expect(resolveParameters('2026-12', table).rows['guaranteePension.full']?.value).toBe(990.9)
  })
  it('saved calculations list the parameter versions used', () => {
    const r = calculateEarningsImpact({
      month: '2025-06',
      wage: { grossMonthly: 500 },
      benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 500 }],
    })
    expect(r.parametersUsed?.map(parameterRowId)).toEqual(['guaranteePension.full@2025-01-01'])
  })
})
