import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { combineContracts, endpoint } from './endpoint'
import { apiContract, isShellMethod, shellApi } from './index'

describe('the API contract', () => {
  it('refuses a method name defined twice instead of letting one overwrite the other', () => {
    const first = { 'clients-list': endpoint()(z.object({})) }
    const second = { 'clients-list': endpoint()(z.object({ search: z.string() })) }
    expect(() => combineContracts(first, second)).toThrow('API method defined twice: clients-list')
  })

  it('keeps the shell methods out of the core and recognises only them as shell methods', () => {
    for (const name of Object.keys(shellApi)) expect(Object.hasOwn(apiContract, name)).toBe(false)
    expect(isShellMethod('shell-print')).toBe(true)
    expect(isShellMethod('clients-list')).toBe(false)
    expect(isShellMethod('toString')).toBe(false)
  })

  it('refuses print routes outside the app and file names a file system would refuse', () => {
    const pdf = shellApi['shell-save-pdf'].input
    const route = '/print/form/0b8f2a7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'
    expect(pdf.safeParse({ route, fileName: 'Sopimus.pdf' }).success).toBe(true)
    expect(pdf.safeParse({ route, fileName: 'a/b.pdf' }).success).toBe(false)
    expect(pdf.safeParse({ route: 'https://example.com/x', fileName: 'a.pdf' }).success).toBe(false)
  })
})
