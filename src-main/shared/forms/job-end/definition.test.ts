import { describe, expect, it } from 'vitest'
import { sampleJob as job, validJobEnd, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { prefillValues } from '../prefill'
import { validateForFinalise } from '../validate'
import { vocationalProfileFormV2 } from '../vocational-profile/definition-v2'
import { jobEndForm } from './definition'

const paths = (changes: Record<string, unknown>) =>
  validateForFinalise(jobEndForm, withChanges(validJobEnd, changes)).map((issue) => issue.path)
const ended = {
  ...job,
  endedOn: '2025-12-31',
  endType: 'probation-employer',
  endFactors: ['commute'],
  lessons: 'Lyhyt työmatka on tärkeä',
  nextStep: 'new-search',
}

describe('job end', () => {
  it('requires how it ended, the lessons, the re-contact date and what comes next; the end after the start', () => {
    expect(paths({ endType: '', lessons: '', contactAfterDate: '', nextStep: '' })).toEqual([
      'endType',
      'lessons',
      'contactAfterDate',
      'nextStep',
    ])
    expect(paths({ endDate: '2025-01-01' })).toEqual(['endDate'])
  })

  it('is filled from the newest ended job, whose lessons flow into a new vocational profile', () => {
    const context = {
      client: { fullName: 'Maija Mallikas' },
      today: '2026-01-05',
      jobs: [ended],
      latest: { 'vocational-profile': { workGoal: 'Kahvilatyö', workHistory: [], updateLog: [] } },
    }
    expect(prefillValues(jobEndForm, context)).toMatchObject({
      endDate: '2025-12-31',
      endType: 'probation-employer',
      factors: ['commute'],
      lessons: 'Lyhyt työmatka on tärkeä',
    })
    const profile = prefillValues(vocationalProfileFormV2, context)
    expect(profile['workGoal']).toBe('Kahvilatyö')
    expect(profile['workHistory']).toEqual([
      expect.objectContaining({
        employer: 'Kahvila Aurora',
        endDate: '2025-12-31',
        endReason: 'probation-ended',
        workingHours: '20 h/vko',
        lessons: 'Lyhyt työmatka on tärkeä',
      }),
    ])
    expect(profile['updateLog']).toEqual([
      { date: '2026-01-05', note: 'Työsuhde päättyi (Kahvila Aurora): Lyhyt työmatka on tärkeä' },
    ])
    // Once the profile has the job, a new one does not add it again.
    const again = prefillValues(vocationalProfileFormV2, {
      ...context,
      latest: { 'vocational-profile': { workHistory: profile['workHistory'], updateLog: profile['updateLog'] } },
    })
    expect(again['workHistory']).toHaveLength(1)
    expect(again['updateLog']).toHaveLength(1)
  })
})
