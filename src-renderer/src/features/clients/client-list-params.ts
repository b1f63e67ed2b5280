import type { ClientFilter } from '@shared/api/clients-api'
import { CLIENT_STATUSES, IPS_PHASES } from '@shared/clients/client-schema'

/** Rows on one page of the client list. */
export const CLIENT_LIST_PAGE_SIZE = 50

/** What the list screen shows, as its address carries it: `#/clients?q=virtanen&phase=2&status=open&page=3`. */
export type ClientListView = {
  search: string
  phase?: NonNullable<ClientFilter['phase']>
  status?: NonNullable<ClientFilter['status']>
  archived: 'exclude' | 'include'
  page: number
}

const STATUSES: ReadonlyArray<string> = [...CLIENT_STATUSES, 'open']

/** Reads the view from the address; anything unknown is left out (an old bookmark shows the whole list). */
export function viewFromParams(params: URLSearchParams): ClientListView {
  const phase = params.get('phase')
  const status = params.get('status')
  const page = Number(params.get('page'))
  return {
    search: params.get('q') ?? '',
    phase: phase === 'none' ? 'none' : IPS_PHASES.find((candidate) => String(candidate) === phase),
    status: status && STATUSES.includes(status) ? (status as ClientListView['status']) : undefined,
    archived: params.get('archived') === 'include' ? 'include' : 'exclude',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The address of a view: only what differs from the whole list, first page. */
export function paramsOfView(view: ClientListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.search.trim() !== '') params.set('q', view.search)
  if (view.phase !== undefined) params.set('phase', String(view.phase))
  if (view.status) params.set('status', view.status)
  if (view.archived === 'include') params.set('archived', 'include')
  if (view.page > 1) params.set('page', String(view.page))
  return params
}

/** The `clients-list` input for a view. */
export function listInputOf(view: ClientListView) {
  return {
    search: view.search.trim(),
    phase: view.phase,
    status: view.status,
    archived: view.archived,
    limit: CLIENT_LIST_PAGE_SIZE,
    offset: (view.page - 1) * CLIENT_LIST_PAGE_SIZE,
  }
}

/** The address of the list filtered to open clients in a phase (the home page's phase counts link here). */
export function openClientsInPhase(phase: NonNullable<ClientFilter['phase']>): string {
  return `/clients?${paramsOfView({ search: '', phase, status: 'open', archived: 'exclude', page: 1 }).toString()}`
}
