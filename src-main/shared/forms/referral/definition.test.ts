import { describe, expect, it } from 'vitest'
import { validReferral, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
import { referralForm, referralStatusOptions } from './definition'

const issues = (changes: Record<string, unknown>) =>
  validateForFinalise(referralForm, withChanges(validReferral, changes))
const paths = (changes: Record<string, unknown>) => issues(changes).map((issue) => issue.path)

describe('referral', () => {
  it('requires referrer, dates, route, wishes, situation and the client agreement', () => {
    expect(
      paths({
        referrerName: '',
        referrerPhone: '',
        referralDate: '',
        clientWishes: [],
        currentSituation: '',
        clientInformed: false,
        ongoingTreatment: null,
      }),
    ).toEqual([
      'referrerName',
      'referrerPhone',
      'referralDate',
      'clientWishes',
      'currentSituation',
      'clientInformed',
      'ongoingTreatment',
    ])
  })

  it('has no "not work ready" status (zero exclusion)', () => {
    expect(referralStatusOptions.map((option) => option.value)).toEqual([
      'pending',
      'waitlisted',
      'accepted',
      'not-started',
      'transferred',
    ])
  })

  it('needs the acceptance date only once accepted, and not before the referral', () => {
    expect(paths({ status: 'pending', acceptedDate: '' })).toEqual([])
    expect(paths({ status: 'accepted', acceptedDate: '' })).toEqual(['acceptedDate'])
    expect(issues({ acceptedDate: '2025-02-19' })).toEqual([
      { path: 'acceptedDate', message: 'forms.validation.rules.referral.acceptedBeforeReferral' },
    ])
  })

  it('asks for the "other" detail when other is chosen', () => {
    expect(paths({ referringUnit: 'other' })).toEqual(['referringUnitOther'])
    expect(paths({ route: 'other' })).toEqual(['routeOther'])
    expect(paths({ currentSituation: 'other' })).toEqual(['currentSituationOther'])
  })

  it('records "no ongoing treatment" without blocking the referral', () => {
    expect(paths({ ongoingTreatment: false })).toEqual([])
  })

  it('validates the referrer e-mail when given', () => {
    expect(paths({ referrerEmail: 'hanna@' })).toEqual(['referrerEmail'])
  })

  it('is signed by the referrer; the client signature is optional', () => {
    expect(referralForm.signers.map((signer) => [signer.role, signer.required])).toEqual([
      ['referrer', true],
      ['client', false],
    ])
  })
})
