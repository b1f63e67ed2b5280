import { describe, expect, it } from 'vitest'
import {
  CLIENT_LIST_PAGE_SIZE,
  listInputOf,
  openClientsInPhase,
  paramsOfView,
  viewFromParams,
} from './client-list-params'

describe('the client list address', () => {
  it('reads search, filters and page, and writes back only what differs from the whole list', () => {
    const view = viewFromParams(new URLSearchParams('q=virtanen&phase=2&status=open&archived=include&page=3'))
    expect(view).toEqual({ search: 'virtanen', phase: 2, status: 'open', archived: 'include', page: 3 })
    expect(paramsOfView(view).toString()).toBe('q=virtanen&phase=2&status=open&archived=include&page=3')
    expect(listInputOf(view)).toEqual({
      search: 'virtanen',
      phase: 2,
      status: 'open',
      archived: 'include',
      limit: CLIENT_LIST_PAGE_SIZE,
      offset: 2 * CLIENT_LIST_PAGE_SIZE,
    })
    expect(paramsOfView(viewFromParams(new URLSearchParams(''))).toString()).toBe('')
  })

  it('leaves out what it does not know (an old or edited address shows the whole list)', () => {
    const view = viewFromParams(new URLSearchParams('phase=9&status=lost&archived=yes&page=-2'))
    expect(view).toEqual({ search: '', phase: undefined, status: undefined, archived: 'exclude', page: 1 })
    expect(viewFromParams(new URLSearchParams('phase=none&page=1.5'))).toMatchObject({ phase: 'none', page: 1 })
  })

  it('links a phase of the home page to the open clients in it', () => {
    expect(openClientsInPhase(3)).toBe('/clients?phase=3&status=open')
    expect(openClientsInPhase('none')).toBe('/clients?phase=none&status=open')
  })
})
