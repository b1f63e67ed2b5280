import { describe, expect, it } from 'vitest'
import { isTrustedAppUrl } from './trusted-sender'

describe('trusted app URLs', () => {
  it('accepts only the bundle origin (and the dev server in development)', () => {
    expect(isTrustedAppUrl('app://bundle/index.html#/clients')).toBe(true)
    expect(isTrustedAppUrl('app://other/index.html')).toBe(false)
    expect(isTrustedAppUrl('app://user:pw@bundle/index.html')).toBe(false)
    expect(isTrustedAppUrl('https://bundle/index.html')).toBe(false)
    expect(isTrustedAppUrl('file:///etc/passwd')).toBe(false)
    expect(isTrustedAppUrl('not a url')).toBe(false)
    expect(isTrustedAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedAppUrl('http://localhost:5173/')).toBe(false)
  })
})
