import { describe, expect, it } from 'vitest'
import { run } from '../test-helpers'
import { garnishment } from './enforcement'

const enforce = (month: string, net: number, dependants = 0) =>
  run(month, net, [{ kind: 'debt-enforcement' }], {
    wage: { netMonthly: net },
    household: { enforcementDependants: dependants },
  })

describe('debt enforcement: protected amount', () => {
  it.each([
    ['2024-06', 0, 976.8],
    ['2024-06', 1, 1262.4],
    ['2024-06', 2, 1548],
    ['2024-06', 3, 1833.6],
    ['2025-06', 0, 986.4],
    ['2025-06', 1, 1274.7],
    ['2025-06', 2, 1563],
    ['2026-06', 0, 990.9],
    // v2: the 2026 dependant amount is estimated at 9,66 (9,52 × 1939/1911), not 9,65
    ['2026-06', 1, 1280.7],
    ['2026-06', 2, 1570.5],
  ] as const)('%s with %d dependants → %d', (month, deps, s) => {
    const r = enforce(month, 0, deps)
    expect(r.enforcement?.protectedAmount).toBe(s)
    expect(r.items[0]?.limit).toBe(s)
  })
})

describe('debt enforcement: bands (2025, single, S = 986,40)', () => {
  it.each([
    [900, 0],
    [986.4, 0],
    [986.41, 0.01],
    [1200, 142.4],
    [1500, 342.4],
    [1972.8, 657.6],
    [1972.81, 657.6],
    [2500, 833.33],
    [3945.6, 1315.2],
    [3945.61, 1315.21],
    [4500, 1758.72],
    [7000, 3500],
    [10000, 5000],
  ] as const)('net %d → garnished %d', (net, g) => {
    expect(enforce('2025-06', net).enforcement?.garnished).toBe(g)
  })
  it('2026 (estimated S = 990,90): 1 200 → 139,40; 1 500 → 339,40; 4 500 → 1 750,32', () => {
    expect(enforce('2026-06', 1200).enforcement?.garnished).toBe(139.4)
    expect(enforce('2026-06', 1500).enforcement?.garnished).toBe(339.4)
    expect(enforce('2026-06', 4500).enforcement?.garnished).toBe(1750.32)
    expect(enforce('2026-06', 1200).warnings.join(' ')).toMatch(/arvioituja/)
  })
  it('minilex example (2016 inputs): net 1 126, S 678 → 298,67', () => {
    expect(garnishment(1126, 678)).toBe(298.67)
  })
  it('never more than half of the net wage', () => {
    for (const n of [0, 500, 1000, 2000, 4000, 8000, 50000]) expect(garnishment(n, 986.4)).toBeLessThanOrEqual(n / 2)
  })
  it('the item carries no benefit amount; the garnish is in result.enforcement', () => {
    const r = enforce('2025-06', 1500)
    expect(r.items[0]?.amountBefore).toBe(0)
    expect(r.items[0]?.amountAfter).toBe(0)
    expect(r.items[0]?.status).toBe('reduced')
    expect(enforce('2025-06', 900).items[0]?.status).toBe('within-limit')
  })
  it('uses the net wage estimated from the tax rate when net is not given', () => {
    const r = run('2025-06', 2000, [{ kind: 'debt-enforcement' }], { wage: { taxRatePercent: 25 } })
    expect(r.enforcement?.garnished).toBe(342.4)
    expect(r.warnings.join(' ')).toMatch(/Nettopalkka 1\s500,00\s€ on arvio/)
  })
  it('throws naming wage.netMonthly when the net wage cannot be known', () => {
    expect(() => run('2025-06', 2000, [{ kind: 'debt-enforcement' }])).toThrow(/^wage\.netMonthly:/)
  })
})
