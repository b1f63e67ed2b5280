import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { ClientPage } from '@shared/api/clients-api'
import type { ClientListItem } from '@shared/clients/client-schema'
import { ApiContext } from '../../api/api-context'
import type { ApiClient } from '../../api/api-client'
import { ClientListPage } from './ClientListPage'

const item = (index: number, lastName = 'Virtanen'): ClientListItem => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  firstName: `Aino${index}`,
  lastName,
  phase: 2,
  status: 'active',
  municipality: 'Joensuu',
  archivedAt: null,
  updatedAt: '2026-03-02T10:00:00.000Z',
})

type Asked = {
  input: { search?: string; offset?: number; phase?: unknown; status?: unknown }
  answer(page: ClientPage): void
}

/** The list screen against a core whose answers the test gives, one at a time. */
function renderList(initialEntry = '/clients') {
  const asked: Asked[] = []
  const call = vi.fn(
    (name: string, input: Asked['input']) =>
      new Promise<ClientPage>((resolve) => {
        if (name !== 'clients-list') throw new Error(`unexpected call ${name}`)
        asked.push({ input, answer: (page) => act(() => resolve(page)) })
      }),
  )
  const api = { call, shell: vi.fn(), transport: {} } as unknown as ApiClient
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const where = { search: '' }
  function Address() {
    where.search = useLocation().search
    return null
  }
  render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <ApiContext.Provider value={api}>
          <MemoryRouter initialEntries={[initialEntry]}>
            <Address />
            <Routes>
              <Route path="/clients" element={<ClientListPage />} />
            </Routes>
          </MemoryRouter>
        </ApiContext.Provider>
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { user: userEvent.setup(), asked, where }
}

describe('the client list', () => {
  it('keeps every typed character and searches for the newest text once the previous answer is in', async () => {
    const { user, asked, where } = renderList()
    await waitFor(() => expect(asked).toHaveLength(1))
    asked[0]!.answer({ items: [item(1), item(2, 'Korhonen')], total: 2 })
    await screen.findByText('2 asiakasta')

    const field = screen.getByRole('searchbox', { name: 'Hae asiakasta' })
    await user.type(field, 'v')
    await waitFor(() => expect(asked).toHaveLength(2))
    expect(asked[1]!.input.search).toBe('v')
    // The core is busy with "v": the coach types on, every character shows, and nothing more is asked yet.
    await user.type(field, 'irtanen')
    expect(field).toHaveProperty('value', 'virtanen')
    expect(asked).toHaveLength(2)
    asked[1]!.answer({ items: [item(1)], total: 1 })
    // Then the newest text alone, not each one typed in between.
    await waitFor(() => expect(asked).toHaveLength(3))
    expect(asked[2]!.input.search).toBe('virtanen')
    asked[2]!.answer({ items: [], total: 0 })
    await screen.findByText('Haulla ei löytynyt asiakkaita.')
    // The address follows once typing pauses (each address change renders the whole app).
    await waitFor(() => expect(where.search).toBe('?q=virtanen'))
    expect(field).toHaveProperty('value', 'virtanen')
  })

  it('shows a page of a long list with the total, and pages through it', async () => {
    const { user, asked, where } = renderList('/clients?phase=2&status=open')
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(asked[0]!.input).toMatchObject({ phase: 2, status: 'open', offset: 0 })
    asked[0]!.answer({ items: Array.from({ length: 50 }, (_, i) => item(i)), total: 1234 })
    await screen.findByText('1 234 asiakasta · näytetään 1–50')
    expect(screen.getAllByRole('row')).toHaveLength(51)
    expect(screen.getByLabelText('IPS-vaihe')).toHaveProperty('value', '2')

    await user.click(screen.getByRole('button', { name: 'Sivu 2' }))
    await waitFor(() => expect(asked).toHaveLength(2))
    expect(asked[1]!.input).toMatchObject({ phase: 2, status: 'open', offset: 50 })
    asked[1]!.answer({ items: Array.from({ length: 50 }, (_, i) => item(50 + i)), total: 1234 })
    await screen.findByText('1 234 asiakasta · näytetään 51–100')
    expect(where.search).toBe('?phase=2&status=open&page=2')

    // A new filter starts from the first page.
    await user.selectOptions(screen.getByLabelText('Tila'), 'closed')
    await waitFor(() => expect(asked).toHaveLength(3))
    expect(asked[2]!.input).toMatchObject({ phase: 2, status: 'closed', offset: 0 })
  })
})
