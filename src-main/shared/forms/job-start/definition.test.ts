import { describe, expect, it } from 'vitest'
import { sampleJob as job, validJobStart, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { prefillValues } from '../prefill'
import { validateForFinalise } from '../validate'
import { jobStartForm } from './definition'

const paths = (changes: Record<string, unknown>) =>
  validateForFinalise(jobStartForm, withChanges(validJobStart, changes)).map((issue) => issue.path)

describe('job start', () => {
  it('requires the date of the first 4 paid hours, on or after the start', () => {
    expect(paths({ paidHoursDate: '' })).toEqual(['paidHoursDate'])
    expect(paths({ paidHoursDate: '2025-05-01' })).toEqual(['paidHoursDate'])
  })

  it('asks every part of the competitive-job test and the end of a fixed-term contract', () => {
    expect(paths({ wageAsCoworkers: null, openToAnyone: null, serviceTimeLimit: null, wageSubsidy: null })).toEqual([
      'wageAsCoworkers',
      'openToAnyone',
      'serviceTimeLimit',
      'wageSubsidy',
    ])
    expect(paths({ fixedTermUntil: '' })).toEqual(['fixedTermUntil'])
    expect(paths({ contractType: 'permanent', fixedTermUntil: '' })).toEqual([])
  })

  it('does not combine "no notifications needed" with notifications', () => {
    expect(paths({ benefitNotifications: ['kela', 'not-needed'] })).toEqual(['benefitNotifications'])
  })

  it('is filled from the newest job record', () => {
    const values = prefillValues(jobStartForm, {
      client: { fullName: 'Maija Mallikas' },
      today: '2025-05-05',
      jobs: [job],
      latest: { 'cooperation-agreement': { employerDisclosure: 'coach-role-only' } },
    })
    expect(values).toMatchObject({
      employerName: 'Kahvila Aurora',
      startDate: '2025-05-02',
      paidHoursDate: '2025-05-03',
      hoursPerWeek: 20,
      wagePerHour: 12.5,
      contractType: 'permanent',
      wageAsCoworkers: true,
      serviceTimeLimit: false,
      howFound: 'coach-contact',
      disclosureAtJob: 'coach-role-only',
    })
  })
})
