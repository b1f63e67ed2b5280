import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import * as benefits from '@benefits'
import type { ClientListItem } from '@shared/clients/client-schema'
import { ApiContext } from '../../api/api-context'
import type { ApiClient } from '../../api/api-client'
import * as queries from './calculator-queries'
import { CalculatorPage } from './CalculatorPage'

// Counted: how often the engine runs, and how often the client picker renders (it calls its search hook once each).
vi.mock('@benefits', async (importOriginal) => {
  const original = await importOriginal<typeof benefits>()
  return { ...original, calculateEarningsImpact: vi.fn(original.calculateEarningsImpact) }
})
vi.mock('./calculator-queries', async (importOriginal) => {
  const original = await importOriginal<typeof queries>()
  return { ...original, useClientPickerSearch: vi.fn(original.useClientPickerSearch) }
})

const listItem = (index: number): ClientListItem => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  firstName: `Asiakas${index}`,
  lastName: 'Virtanen',
  phase: 1,
  status: 'active',
  municipality: null,
  archivedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
})

function renderCalculator() {
  // A register of 500 clients: none of them is fetched before the coach searches for one, and then only a page.
  const clientsList = vi.fn(async () => ({
    items: Array.from({ length: 8 }, (_, index) => listItem(index)),
    total: 500,
  }))
  const call = vi.fn(async (name: string) => {
    if (name === 'calculator-parameters') return { table: benefits.DEFAULT_PARAMETER_TABLE, overrides: [] }
    if (name === 'clients-list') return clientsList()
    throw new Error(`unexpected call ${name}`)
  })
  const api = { call, shell: vi.fn(), transport: {} } as unknown as ApiClient
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <ApiContext.Provider value={api}>
          <MemoryRouter initialEntries={['/calculator']}>
            <Routes>
              <Route path="/calculator" element={<CalculatorPage />} />
            </Routes>
          </MemoryRouter>
        </ApiContext.Provider>
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { user: userEvent.setup(), clientsList, queryClient }
}

const engineRuns = () => vi.mocked(benefits.calculateEarningsImpact).mock.calls.length
const pickerRenders = () => vi.mocked(queries.useClientPickerSearch).mock.calls.length

describe('the calculator page', () => {
  it('types a wage without rendering the client picker again, and computes only when the number changes', async () => {
    const { user, clientsList } = renderCalculator()
    const wage = await screen.findByLabelText('Bruttopalkka € / kk')
    const pickerBefore = pickerRenders()
    await user.type(wage, '1100')
    await screen.findByTestId('calc-summary')
    expect(pickerRenders()).toBe(pickerBefore)
    expect(clientsList).not.toHaveBeenCalled()

    // "1100," and "1100,0" read as 1 100: nothing new to compute.
    const runs = engineRuns()
    await user.type(wage, ',0')
    expect(engineRuns()).toBe(runs)
    await user.type(wage, '5')
    await waitFor(() => expect(engineRuns()).toBeGreaterThan(runs))
    expect(pickerRenders()).toBe(pickerBefore)
  })
})
