import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { CaseloadReviewView } from '@shared/api/caseload-api'
import { ApiContext } from '../../api/api-context'
import type { ApiClient } from '../../api/api-client'
import { DueList } from './DueList'

const AINO = '11111111-1111-4111-8111-111111111111'
const MIKKO = '22222222-2222-4222-8222-222222222222'

const view: CaseloadReviewView = {
  today: '2026-03-16',
  review: {
    active: 2,
    byPhase: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 0, none: 0 },
    recommendedMax: 20,
    due: [
      { clientId: AINO, kind: 'no-recent-contact', dueOn: '2026-03-12', overdue: true },
      { clientId: MIKKO, kind: 'first-employer-contact', dueOn: '2026-03-16', overdue: false },
      { clientId: MIKKO, kind: 'job-start-support', dueOn: '2026-03-21', overdue: false },
    ],
  },
  notEntered: 0,
  names: { [AINO]: { firstName: 'Aino', lastName: 'Virtanen' }, [MIKKO]: { firstName: 'Mikko', lastName: 'Järvinen' } },
}

function show(showNames: boolean) {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <ApiContext.Provider value={{} as ApiClient}>
          <MemoryRouter>
            <DueList view={view} showNames={showNames} />
          </MemoryRouter>
        </ApiContext.Provider>
      </QueryClientProvider>
    </MantineProvider>,
  )
}

describe('DueList', () => {
  it('says when each item is due, why, and offers the contact that clears it', () => {
    show(true)
    const items = screen.getAllByTestId('due-item')
    expect(items).toHaveLength(3)
    expect(items[0]!.textContent).toContain('Myöhässä 4 päivää')
    expect(items[0]!.textContent).toContain('Aino Virtanen')
    expect(items[0]!.textContent).toContain('ei ole tavattu eikä tavoitettu kolmeen viikkoon')
    expect(within(items[0]!).getByRole('button', { name: 'Kirjaa käynti: Yhteydenotto asiakkaaseen' })).toBeTruthy()
    expect(items[1]!.textContent).toContain('Tänään')
    expect(
      within(items[1]!).getByRole('button', { name: 'Kirjaa työnantajakäynti: Ensimmäinen työnantajakäynti' }),
    ).toBeTruthy()
    expect(items[2]!.textContent).toContain('Viimeistään 21.3.2026')
  })

  it('shows the most urgent twelve first and the rest on request', async () => {
    const many: CaseloadReviewView = {
      ...view,
      review: {
        ...view.review,
        due: Array.from({ length: 15 }, (_, i) => ({
          clientId: `11111111-1111-4111-8111-1111111111${String(i).padStart(2, '0')}`,
          kind: 'no-recent-contact' as const,
          dueOn: `2026-03-${String(i + 1).padStart(2, '0')}`,
          overdue: true,
        })),
      },
    }
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <ApiContext.Provider value={{} as ApiClient}>
            <MemoryRouter>
              <DueList view={many} />
            </MemoryRouter>
          </ApiContext.Provider>
        </QueryClientProvider>
      </MantineProvider>,
    )
    expect(screen.getAllByTestId('due-item')).toHaveLength(12)
    await userEvent.click(screen.getByRole('button', { name: 'Näytä kaikki 15 tehtävää' }))
    expect(screen.getAllByTestId('due-item')).toHaveLength(15)
  })

  it('leaves the names out when asked (a client sits with the coach)', () => {
    show(false)
    expect(screen.getAllByTestId('due-item')).toHaveLength(3)
    expect(screen.queryByText(/Aino|Mikko/)).toBeNull()
  })
})
