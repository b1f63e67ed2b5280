import { describe, expect, it } from 'vitest'
import { validAfterCoaching, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { prefillValues } from '../prefill'
import { validateForFinalise } from '../validate'
import { afterCoachingForm } from './definition'

const paths = (changes: Record<string, unknown>) =>
  validateForFinalise(afterCoachingForm, withChanges(validAfterCoaching, changes)).map((issue) => issue.path)

describe('after coaching', () => {
  it('asks what the client studies only when studying, and whether the work is competitive only when working', () => {
    expect(paths({ situation: 'neither', competitiveWork: null, studies: '' })).toEqual([])
    expect(paths({ situation: 'working', competitiveWork: null, studies: '' })).toEqual(['competitiveWork'])
    expect(paths({ situation: 'studying', studies: '' })).toEqual(['studies'])
  })

  it('follows up after the closure, whose date comes from the closure form', () => {
    expect(paths({ followUpDate: '2025-01-01' })).toEqual(['followUpDate'])
    const values = prefillValues(afterCoachingForm, {
      client: { fullName: 'Maija Mallikas' },
      today: '2026-07-01',
      latest: { closure: { closureDate: '2025-06-30' } },
    })
    expect(values).toMatchObject({ closureDate: '2025-06-30', followUpDate: '2026-07-01' })
  })
})
