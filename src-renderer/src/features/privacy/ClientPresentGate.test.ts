import { describe, expect, it } from 'vitest'
import { isAllowedWhilePresent } from './ClientPresentGate'

const AINO = '0b5a3c3e-5f7a-4d5c-9a55-0e3c2b1a9f00'
const BERTTA = '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'

describe('screens while a client is present', () => {
  it("allows only the present client's own screens and record pages", () => {
    for (const path of [
      `/clients/${AINO}`,
      `/clients/${AINO}/edit`,
      `/clients/${AINO}/calculator`,
      `/clients/${AINO}/log`,
    ]) {
      expect(isAllowedWhilePresent(path, AINO), path).toBe(true)
    }
    for (const path of ['/forms/x', '/calculations/y', '/help'])
      expect(isAllowedWhilePresent(path, AINO), path).toBe(true)
    for (const path of [
      '/',
      '/clients',
      '/clients/new',
      `/clients/${BERTTA}`,
      `/clients/${BERTTA}/log`,
      '/employers',
      '/calculator',
      '/settings',
      '/log',
      '/retention',
    ]) {
      expect(isAllowedWhilePresent(path, AINO), path).toBe(false)
    }
  })
})
