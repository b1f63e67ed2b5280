// Performance sanity for `npm run bench` (wired into tests/bench/bench.ts). No Node built-ins: uses performance.now().
import { calculateEarningsImpact, calculateYearView } from '../../src-main/benefits/index'
import type { CalcInput } from '../../src-main/benefits/index'

const SAMPLE: CalcInput = {
  month: '2026-06',
  wage: { grossMonthly: 1100, taxRatePercent: 20, hoursPerWeek: 20 },
  household: { adults: 1, children: 1, enforcementDependants: 1 },
  benefits: [
    { kind: 'earnings-disability-pension', variant: 'full', monthlyAmount: 1200, establishedEarnings: 2500 },
    { kind: 'kela-disability-pension', monthlyAmount: 300 },
    { kind: 'unemployment-benefit', variant: 'labour-market-subsidy', dailyAmount: 37.21 },
    { kind: 'housing-allowance', acceptedHousingCosts: 550, otherGrossIncome: 100 },
    { kind: 'social-assistance', monthlyAmount: 200 },
    { kind: 'debt-enforcement' },
    { kind: 'disability-allowance', monthlyAmount: 110 },
  ],
}

function averageMs(fn: () => void, minIterations: number, minMs: number): number {
  for (let i = 0; i < 20; i++) fn() // warm-up
  let n = 0
  const start = performance.now()
  let elapsed = 0
  while (n < minIterations || elapsed < minMs) {
    fn()
    n++
    elapsed = performance.now() - start
  }
  return elapsed / n
}

export function benchBenefits(): Array<{ name: string; value: string; target: string }> {
  const one = averageMs(() => calculateEarningsImpact(SAMPLE), 500, 200)
  const wages = [0, 0, 400, 800, 1100, 1100, 1600, 1600, 1600, 900, 300, 1250]
  const base = {
    household: SAMPLE.household,
    benefits: SAMPLE.benefits,
    wage: { taxRatePercent: 20, hoursPerWeek: 20 },
  }
  const year = averageMs(() => calculateYearView({ startMonth: '2025-07', grossWages: wages, base }), 50, 200)
  return [
    { name: 'benefits: one full calculation (avg)', value: `${one.toFixed(3)} ms`, target: '< 1 ms' },
    { name: 'benefits: 12-month view (avg)', value: `${year.toFixed(3)} ms`, target: '< 20 ms' },
  ]
}
