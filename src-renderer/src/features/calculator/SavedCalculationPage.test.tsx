import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { breakEven, calculateEarningsImpact, calculateYearView, incomeSummary, type CalcInput } from '@benefits'
import type { SavedCalculation } from '@shared/api/calculator-api'
import { ApiContext } from '../../api/api-context'
import type { ApiClient } from '../../api/api-client'
import { SavedCalculationPage } from './SavedCalculationPage'

const ID = '11111111-1111-4111-8111-111111111111'
const CLIENT = '22222222-2222-4222-8222-222222222222'

/** A calculation as engine v1 saved it: no income base, no garnishing before the job, no work trials or notes. */
function savedBeforeV2(): SavedCalculation {
  const input: CalcInput = {
    month: '2025-05',
    wage: { grossMonthly: 1500, taxRatePercent: 20 },
    household: { adults: 1, children: 0, enforcementDependants: 1 },
    benefits: [{ kind: 'kela-disability-pension', monthlyAmount: 700 }, { kind: 'debt-enforcement' }],
  }
  const result = calculateEarningsImpact(input)
  const { garnishedBefore: _before, ...summary } = incomeSummary(input, result)
  const year = calculateYearView({
    startMonth: '2025-05',
    grossWages: Array.from({ length: 12 }, () => 1500),
    base: { household: input.household, benefits: input.benefits, wage: { taxRatePercent: 20 } },
  })
  const { parametersUsed: _used, ...stored } = result
  return {
    id: ID,
    clientId: CLIENT,
    month: '2025-05',
    createdAt: '2025-05-02T09:00:00.000Z',
    input,
    wageEntry: { mode: 'monthly' },
    yearPlan: { startMonth: '2025-05', grossWages: Array.from({ length: 12 }, () => 1500) },
    result: { ...stored, enforcement: { protectedAmount: 1019.4, garnished: 240.5 } },
    summary: { ...summary, garnished: 240.5 },
    breakEven: breakEven(input),
    yearView: {
      pensions: year.pensions,
      months: year.months.map(({ workTrial: _trial, notes: _notes, ...month }) => month),
      totals: { grossWages: 18000, benefitsBefore: 8400, benefitsAfter: 0 },
    },
    parameters: result.parametersUsed ?? [],
  }
}

describe('a saved calculation', () => {
  it('made before engine v2 still opens, with what it has', async () => {
    const call = vi.fn(async (name: string) => {
      if (name === 'calculator-get') return savedBeforeV2()
      if (name === 'clients-get') return { id: CLIENT, firstName: 'Aino', lastName: 'Virtanen' }
      throw new Error(`unexpected call ${name}`)
    })
    const api = { call, shell: vi.fn(), transport: {} } as unknown as ApiClient
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <ApiContext.Provider value={api}>
            <MemoryRouter initialEntries={[`/calculations/${ID}`]}>
              <Routes>
                <Route path="/calculations/:calculationId" element={<SavedCalculationPage />} />
              </Routes>
            </MemoryRouter>
          </ApiContext.Provider>
        </QueryClientProvider>
      </MantineProvider>,
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Tallennettu laskelma' })).toBeTruthy()
    const inputs = screen.getByTestId('saved-benefits')
    expect(within(inputs).getByText(/Kelan työkyvyttömyyseläke tai kuntoutustuki: 700,00/)).toBeTruthy()
    // The old enforcement line (no income base then), and no garnishing before the job.
    const enforcement = screen.getByTestId('result-debt-enforcement')
    expect(within(enforcement).getByText(/Suojaosuus 1\s019,40\s€ \/ kk, ulosmitataan 240,50/)).toBeTruthy()
    expect(within(enforcement).queryByTestId('enforcement-table')).toBeNull()
    expect(screen.getByTestId('garnished-before').textContent).toMatch(/^0,00/)
    expect(screen.getAllByTestId('year-row')).toHaveLength(12)
    expect(screen.queryByTestId('work-trial')).toBeNull()
    expect(screen.queryByTestId('year-garnished-totals')).toBeNull()
  })
})
