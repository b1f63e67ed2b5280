import { describe, expect, it } from 'vitest'
import { validSupportPlan, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
import { activeSigners } from '../visibility'
// The current version (2) keeps every rule of version 1.
import { employmentSupportPlanFormV2 as employmentSupportPlanForm } from './definition-v2'

const values = (changes: Record<string, unknown>) => withChanges(validSupportPlan, changes)
const issues = (changes: Record<string, unknown>) => validateForFinalise(employmentSupportPlanForm, values(changes))
const paths = (changes: Record<string, unknown>) => issues(changes).map((issue) => issue.path)

describe('in-employment support plan', () => {
  it('requires the job, disclosure, support arrangements and review date', () => {
    expect(
      paths({
        employer: '',
        jobStartDate: '',
        disclosedToEmployer: '',
        contactFrequency: '',
        meetingPlaces: [],
        supportTypes: [],
        supportProviders: [],
        reviewDate: '',
      }),
    ).toEqual([
      'employer',
      'jobStartDate',
      'disclosedToEmployer',
      'contactFrequency',
      'meetingPlaces',
      'supportTypes',
      'supportProviders',
      'reviewDate',
    ])
  })

  it('requires a transition plan in the transition phase', () => {
    expect(paths({ supportPhase: 'transition' })).toEqual(['transitionPlan'])
  })

  it('checks support-provider rows', () => {
    expect(paths({ supportProviders: [{ provider: 'boss', name: '', support: '' }] })).toEqual([
      'supportProviders.0.provider',
      'supportProviders.0.support',
    ])
  })

  it('keeps workplace support within what the employer knows', () => {
    expect(issues({ disclosedToEmployer: 'not-disclosed' })).toEqual([
      {
        path: 'meetingPlaces',
        message: 'forms.validation.rules.employmentSupportPlan.workplaceMeetingsNeedDisclosure',
      },
      {
        path: 'supportTypes',
        message: 'forms.validation.rules.employmentSupportPlan.employerFeedbackNeedsDisclosure',
      },
    ])
  })

  it('does not end support before the job started', () => {
    expect(paths({ plannedEndDate: '2025-05-01' })).toEqual(['plannedEndDate'])
  })

  it('adds the employer signature only when agreed and the employer knows', () => {
    const roles = (changes: Record<string, unknown>) =>
      activeSigners(employmentSupportPlanForm, values(changes)).map((signer) => signer.role)
    expect(roles({})).toEqual(['client', 'coach'])
    expect(roles({ employerSigns: true })).toEqual(['client', 'coach', 'employer'])
    expect(roles({ employerSigns: true, disclosedToEmployer: 'not-disclosed' })).toEqual(['client', 'coach'])
  })
})
