import { describe, expect, it } from 'vitest'
import { validProfile, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
// The current version (2) keeps every rule of version 1.
import { vocationalProfileFormV2 as vocationalProfileForm } from './definition-v2'

type Row = Record<string, unknown>
const job = (validProfile['workHistory'] as Row[])[0] as Row
const issues = (changes: Record<string, unknown>) =>
  validateForFinalise(vocationalProfileForm, withChanges(validProfile, changes))
const paths = (changes: Record<string, unknown>) => issues(changes).map((issue) => issue.path)

describe('vocational profile', () => {
  it('requires goal, preferences, skills, strengths, benefits and summary', () => {
    expect(
      paths({ workGoal: '', hoursPreference: '', transport: [], skills: '', strengths: '', benefits: [], summary: '' }),
    ).toEqual(['workGoal', 'hoursPreference', 'transport', 'skills', 'strengths', 'benefits', 'summary'])
  })

  it('requires at least one preferred job with a title', () => {
    expect(paths({ preferredJobs: [] })).toEqual(['preferredJobs'])
    expect(paths({ preferredJobs: [{ jobTitle: '', occupationCode: '' }] })).toEqual(['preferredJobs.0.jobTitle'])
  })

  it('allows finalising without work history or education (zero exclusion)', () => {
    expect(paths({ workHistory: [], education: [] })).toEqual([])
  })

  it('checks each work-history row: employer, title and end after start', () => {
    const second = { ...job, employer: '', jobTitle: '', startDate: '2020-05-01', endDate: '2020-04-30' }
    expect(issues({ workHistory: [job, second] })).toEqual([
      { path: 'workHistory.1.employer', message: 'errors.required' },
      { path: 'workHistory.1.jobTitle', message: 'errors.required' },
      { path: 'workHistory.1.endDate', message: 'forms.validation.rules.vocationalProfile.endBeforeStart' },
    ])
    expect(paths({ workHistory: [{ ...job, endDate: '' }] })).toEqual([])
    expect(paths({ workHistory: [{ ...job, endReason: 'fired-for-being-ill' }] })).toEqual(['workHistory.0.endReason'])
  })

  it('checks education rows', () => {
    expect(paths({ education: [{ level: 'kindergarten', degree: '', status: 'completed', year: 1800 }] })).toEqual([
      'education.0.level',
      'education.0.degree',
      'education.0.year',
    ])
  })

  it('does not mix "no benefits" with benefits, and asks what "other" is', () => {
    expect(paths({ benefits: ['none', 'housing-allowance'] })).toEqual(['benefits'])
    expect(paths({ benefits: ['other'] })).toEqual(['benefitsOther'])
  })

  it('has an optional client sign-off', () => {
    expect(vocationalProfileForm.signers.every((signer) => !signer.required)).toBe(true)
  })
})
