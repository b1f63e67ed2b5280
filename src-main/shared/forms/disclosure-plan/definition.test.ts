import { describe, expect, it } from 'vitest'
import { validDisclosurePlan, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
import { activeSigners } from '../visibility'
import { disclosurePlanForm } from './definition'

const paths = (changes: Record<string, unknown>) =>
  validateForFinalise(disclosurePlanForm, withChanges(validDisclosurePlan, changes)).map((issue) => issue.path)

describe('disclosure plan', () => {
  it('requires the pros, the cons, a decision and a review date', () => {
    expect(paths({ pros: '', cons: '', decision: '', reviewBy: '' })).toEqual(['pros', 'cons', 'decision', 'reviewBy'])
  })

  it('asks who, what and when only when something is told', () => {
    expect(paths({ decision: 'no-contact', whoDiscloses: '', whatToSay: '', timing: '' })).toEqual([])
    expect(paths({ decision: 'coach-role-only', whoDiscloses: '', whatToSay: '', timing: '' })).toEqual([
      'whoDiscloses',
      'timing',
    ])
    expect(paths({ decision: 'specified', whatToSay: '' })).toEqual(['whatToSay'])
  })

  it('offers no "not decided yet" and keeps the review date after the form date', () => {
    expect(paths({ decision: 'undecided' })).toEqual(['decision'])
    expect(paths({ reviewBy: '2025-01-01' })).toEqual(['reviewBy'])
  })

  it('adds the guardian and interpreter lines only when their names are given', () => {
    expect(activeSigners(disclosurePlanForm, validDisclosurePlan).map((signer) => signer.role)).toEqual([
      'client',
      'coach',
    ])
    const withGuardian = withChanges(validDisclosurePlan, {
      guardianName: 'Eero Edunvalvoja',
      interpreterName: 'Tiina Tulkki',
    })
    expect(activeSigners(disclosurePlanForm, withGuardian).map((signer) => signer.role)).toEqual([
      'client',
      'coach',
      'guardian',
      'interpreter',
    ])
  })
})
