import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PARAMETER_TABLE, calculateEarningsImpact, type CalcInput } from '../../benefits'
import { saveCalculationSchema } from '../../shared/calculator/calculator-schema'
import type { Backend } from '../backend'
import { createClient } from '../clients/client-service'
import type { Vault } from '../vault/vault'
import { TEST_PASSPHRASE, tempBackend, unlockedVault } from '../../../tests/unit/support/temp-vault'
import { clientInputSchema } from '../../shared/clients/client-schema'
import {
  addParameterOverride,
  currentParameterTable,
  getCalculation,
  getClientBenefits,
  listCalculations,
  listParameterOverrides,
  saveCalculation,
  setClientBenefits,
} from './calculator-service'

const INPUT: CalcInput = {
  month: '2026-06',
  wage: { grossMonthly: 1100, taxRatePercent: 20, hoursPerWeek: 20 },
  benefits: [
    { kind: 'kela-disability-pension', monthlyAmount: 600 },
    { kind: 'housing-allowance', acceptedHousingCosts: 500 },
  ],
}

let vault: Vault
let clientId: string

beforeAll(async () => {
  vault = (await unlockedVault()).vault
  clientId = createClient(
    vault.db,
    clientInputSchema.parse({ firstName: 'Aino', lastName: 'Virtanen', status: 'active' }),
  ).id
})

afterAll(() => vault.lock())

describe('calculator service (encrypted database)', () => {
  it('records the client benefits and reads them back', () => {
    expect(getClientBenefits(vault.db, clientId)).toBeNull()
    setClientBenefits(
      vault.db,
      clientId,
      { benefits: INPUT.benefits, household: { adults: 1, children: 1 } },
      new Date('2026-05-01T10:00:00Z'),
    )
    const recorded = getClientBenefits(vault.db, clientId)
    expect(recorded).toEqual({
      benefits: INPUT.benefits,
      household: { adults: 1, children: 1 },
      updatedAt: '2026-05-01T10:00:00.000Z',
    })
    setClientBenefits(vault.db, clientId, { benefits: [INPUT.benefits[0]!] })
    expect(getClientBenefits(vault.db, clientId)?.benefits).toHaveLength(1)
  })

  it('rejects benefits of a client that does not exist', () => {
    expect(() => setClientBenefits(vault.db, '00000000-0000-4000-8000-000000000000', { benefits: [] })).toThrow(
      'not-found',
    )
  })

  it('saves an immutable calculation that keeps its parameters after a later update', () => {
    const saved = saveCalculation(vault.db, vault.sqlite, { clientId, input: INPUT }, new Date('2026-05-02T09:00:00Z'))
    const kela = saved.result.items[0]!
    expect(kela.status).toBe('over-limit') // 1 100 € > the 990,90 € floor of 2026
    expect(kela.limit).toBe(990.9)
    // The job stops the pension: the saved result also says what the highest wage that keeps it gives.
    expect(saved.keepPension).toMatchObject({ wage: 990.9, stoppedPensions: [0] })
    expect(saved.keepPension!.summary.change).toBeGreaterThan(saved.summary.change)
    const floorRow = saved.parameters.find((row) => row.key === 'guaranteePension.full')!
    expect(floorRow).toMatchObject({ validFrom: '2026-01-01', value: 990.9, status: 'estimated' })
    // Saving also recorded the client's benefits for the next calculation.
    expect(getClientBenefits(vault.db, clientId)?.benefits).toEqual(INPUT.benefits)

    // Kela publishes the real 2026 figure: the coach updates it with its source.
    const override = addParameterOverride(
      vault.db,
      {
        key: 'guaranteePension.full',
        validFrom: '2026-01-01',
        value: 1120,
        status: 'verified',
        source: 'https://www.kela.fi/takuuelake',
        note: 'Kelan tiedote',
        changedBy: 'Maija Valmentaja',
      },
      new Date('2026-05-03T08:00:00Z'),
    )
    expect(override).toMatchObject({
      unit: 'EUR/month',
      changedAt: '2026-05-03T08:00:00.000Z',
      changedBy: 'Maija Valmentaja',
    })
    expect(listParameterOverrides(vault.db)).toHaveLength(1)

    // The update changes new calculations…
    const table = currentParameterTable(vault.db)
    const fresh = calculateEarningsImpact(INPUT, { parameters: table })
    expect(fresh.items[0]).toMatchObject({ status: 'within-limit', limit: 1120, amountAfter: 600 })
    expect(calculateEarningsImpact(INPUT, { parameters: DEFAULT_PARAMETER_TABLE }).items[0]!.status).toBe('over-limit')
    const later = saveCalculation(vault.db, vault.sqlite, { clientId, input: INPUT }, new Date('2026-05-04T09:00:00Z'))
    expect(later.result.items[0]!.status).toBe('within-limit')
    expect(later.keepPension).toBeUndefined()
    expect(later.parameters.find((row) => row.key === 'guaranteePension.full')).toMatchObject({
      value: 1120,
      source: 'https://www.kela.fi/takuuelake',
      changedBy: 'Maija Valmentaja',
      changedAt: '2026-05-03T08:00:00.000Z',
    })

    // …but the saved one is unchanged, with the parameters it was made with.
    const reread = getCalculation(vault.db, saved.id)
    expect(reread).toEqual(saved)
    expect(reread.result.items[0]!.status).toBe('over-limit')
    expect(reread.parameters.find((row) => row.key === 'guaranteePension.full')!.value).toBe(990.9)

    // Newest update wins for the same key and date; older updates stay in the log.
    addParameterOverride(vault.db, {
      key: 'guaranteePension.full',
      validFrom: '2026-01-01',
      value: 1000,
      status: 'verified',
      source: 'https://www.kela.fi/takuuelake',
      changedBy: 'Maija Valmentaja',
    })
    expect(listParameterOverrides(vault.db)).toHaveLength(2)
    expect(calculateEarningsImpact(INPUT, { parameters: currentParameterTable(vault.db) }).items[0]!.limit).toBe(1000)

    const list = listCalculations(vault.db, clientId)
    expect(list.map((item) => item.id)).toEqual([later.id, saved.id])
    expect(list[1]).toMatchObject({ month: '2026-06', grossMonthly: 1100, createdAt: '2026-05-02T09:00:00.000Z' })
  })

  it('saves a 12-month view with the parameters of every month', () => {
    const grossWages = [0, 0, 1500, 1500, 1500, 0, 0, 0, 0, 0, 0, 0]
    const saved = saveCalculation(vault.db, vault.sqlite, {
      clientId,
      input: { ...INPUT, month: '2025-11' },
      wageEntry: { mode: 'hourly', hourlyWage: 15, hoursPerWeek: 16.92 },
      yearPlan: { startMonth: '2025-11', grossWages },
    })
    expect(saved.yearView?.months).toHaveLength(12)
    expect(saved.yearView?.pensions[0]?.outcome).toBe('suspended')
    expect(saved.breakEven[0]?.hoursPerWeekWithinLimit).toBeGreaterThan(0)
    const floors = saved.parameters.filter((row) => row.key === 'guaranteePension.full').map((row) => row.validFrom)
    expect(floors).toEqual(['2025-01-01', '2026-01-01'])
  })
})

describe('calculator API input validation', () => {
  let backend: Backend
  beforeAll(async () => {
    backend = tempBackend()
    expect(await backend.invoke('vault-create', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true })
  })
  afterAll(() => backend.close())

  it('rejects a negative amount with the field path', async () => {
    const created = (await backend.invoke('clients-create', {
      firstName: 'Aino',
      lastName: 'Virtanen',
      status: 'active',
    })) as {
      ok: true
      value: { id: string }
    }
    const bad = { ...INPUT, benefits: [{ kind: 'kela-disability-pension', monthlyAmount: -5 }] }
    const response = await backend.invoke('calculator-save', { clientId: created.value.id, input: bad })
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (response.ok) throw new Error('expected failure')
    expect(response.error.issues).toContainEqual({
      path: 'input.benefits.0.monthlyAmount',
      message: 'calculator.errors.negative',
    })
  })

  it('rejects an unknown benefit kind, a bad month and an update without a source', async () => {
    const parsed = saveCalculationSchema.safeParse({
      clientId: '00000000-0000-4000-8000-000000000000',
      input: { ...INPUT, month: '2026-13', benefits: [{ kind: 'lottery-win', monthlyAmount: 1 }] },
    })
    expect(parsed.success).toBe(false)
    const paths = parsed.error!.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['input.month', 'input.benefits.0.kind']))

    const response = await backend.invoke('calculator-parameter-add', {
      key: 'guaranteePension.full',
      validFrom: '2026-01-01',
      value: 1000,
      status: 'verified',
      source: ' ',
      changedBy: 'Maija',
    })
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'source' }] } })
    const tooLate = await backend.invoke('calculator-parameter-add', {
      key: 'guaranteePension.full',
      validFrom: '2031-01-01',
      value: 1000,
      status: 'verified',
      source: 'https://www.kela.fi',
      changedBy: 'Maija',
    })
    expect(tooLate).toMatchObject({ ok: false, error: { issues: [{ path: 'validFrom' }] } })
  })

  it('turns an engine error into a named error (housing allowance before 4/2024 has no verified rules)', async () => {
    const created = (await backend.invoke('clients-create', {
      firstName: 'Mikko',
      lastName: 'Järvinen',
      status: 'active',
    })) as {
      ok: true
      value: { id: string }
    }
    const response = await backend.invoke('calculator-save', {
      clientId: created.value.id,
      input: { ...INPUT, month: '2024-02' },
    })
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'calculator/invalid-calculation', details: { path: 'month' } },
    })
  })
})
