import { zodResolver } from '@hookform/resolvers/zod'
import { describe, expect, it } from 'vitest'
import { getFormDefinition } from './registry'
import { validProfile, withChanges } from '../../../tests/unit/support/form-fixtures'
import { fieldLabelForPath, validateForFinalise } from './validate'

const profile = getFormDefinition('vocational-profile')!

describe('validateForFinalise', () => {
  it('lists problems in form order with dotted paths, rule issues included', () => {
    const values = withChanges(validProfile, {
      summary: '',
      workGoal: '',
      workHistory: [{ employer: '', jobTitle: 'x', startDate: '2020-02-01', endDate: '2020-01-01' }],
    })
    expect(validateForFinalise(profile, values).map((issue) => issue.path)).toEqual([
      'workGoal',
      'workHistory.0.employer',
      'workHistory.0.endDate',
      'summary',
    ])
  })

  it('labels paths in Finnish for the problem list', () => {
    expect(fieldLabelForPath(profile, 'workGoal')).toBe('Työtavoite omin sanoin')
    expect(fieldLabelForPath(profile, 'workHistory.1.employer')).toBe('Työpaikat, Työpaikka 2: Työnantaja')
    expect(fieldLabelForPath(profile, 'workHistory')).toBe('Työpaikat')
    expect(fieldLabelForPath(profile, 'unknown')).toBe('unknown')
  })
})

describe('react-hook-form resolver', () => {
  it('reports errors under the same nested names the form fields use', async () => {
    const resolver = zodResolver(profile.schema)
    const values = withChanges(validProfile, { preferredJobs: [{ jobTitle: '', occupationCode: '' }] })
    const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false })
    const errors = result.errors as Record<string, Array<Record<string, { message?: string }>>>
    expect(errors['preferredJobs']?.[0]?.['jobTitle']?.message).toBe('errors.required')
  })
})
