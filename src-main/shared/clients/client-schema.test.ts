import { describe, expect, it } from 'vitest'
import { clientInputSchema } from './client-schema'
import { checkHenkilotunnus } from './henkilotunnus'

describe('henkilötunnus', () => {
  it.each([
    ['131052-308T', '1952-10-13'],
    ['010594Y9032', '1994-05-01'],
    ['010594Y9021', '1994-05-01'],
    ['020594X903P', '1994-05-02'],
    ['020594X902N', '1994-05-02'],
    ['030594W903B', '1994-05-03'],
    ['040594V9030', '1994-05-04'],
    ['050594U903M', '1994-05-05'],
    ['010516B903X', '2016-05-01'],
    ['010501F9021', '2001-05-01'],
    ['010103+9019', '1803-01-01'],
  ])('accepts %s (born %s)', (code, dateOfBirth) => {
    expect(checkHenkilotunnus(code)).toEqual({ valid: true, dateOfBirth })
  })

  it.each([
    ['131052-308A', 'checksum'],
    ['131052G308T', 'century-sign'],
    ['310252-308T', 'date'],
    ['290223A123X', 'date'],
    ['13105-308T', 'format'],
  ])('rejects %s (%s)', (code, reason) => {
    expect(checkHenkilotunnus(code)).toEqual({ valid: false, reason })
  })
})

describe('client input', () => {
  const base = { firstName: 'Aino', lastName: 'Virtanen', status: 'active' }

  it('turns empty optional fields into null and trims text', () => {
    expect(clientInputSchema.parse({ ...base, firstName: '  Aino ', phone: '', email: '' })).toMatchObject({
      firstName: 'Aino',
      phone: null,
      email: null,
      henkilotunnus: null,
      situationAtReferral: null,
    })
  })

  it('reports each bad field with an i18n message key at its path', () => {
    const result = clientInputSchema.safeParse({
      ...base,
      lastName: '',
      henkilotunnus: '131052-308A',
      email: 'ei-osoite',
      phone: 'abc',
      referralDate: '2026-02-30',
      status: 'unknown',
    })
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]))
    expect(issues).toMatchObject({
      lastName: 'errors.required',
      henkilotunnus: 'errors.henkilotunnus.checksum',
      email: 'errors.invalidEmail',
      phone: 'errors.invalidPhone',
      referralDate: 'errors.invalidDate',
    })
    expect(issues.status).toBeDefined()
  })

  it('notices a date of birth that contradicts the henkilötunnus', () => {
    const result = clientInputSchema.safeParse({ ...base, henkilotunnus: '131052-308T', dateOfBirth: '1952-10-14' })
    expect(result.error?.issues[0]).toMatchObject({ path: ['dateOfBirth'], message: 'errors.dateOfBirthMismatch' })
  })
})
