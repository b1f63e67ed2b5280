import { describe, expect, it } from 'vitest'
import { validEducationPlan, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
import { educationPlanForm } from './definition'

const paths = (changes: Record<string, unknown>) =>
  validateForFinalise(educationPlanForm, withChanges(validEducationPlan, changes)).map((issue) => issue.path)

describe('education plan', () => {
  it('requires the goal, the type, the institution, the disclosure to it and an action step', () => {
    expect(
      paths({
        educationGoal: '',
        educationType: '',
        institutionAndProgramme: '',
        disclosureToInstitution: '',
        actionSteps: [],
      }),
    ).toEqual(['educationGoal', 'educationType', 'institutionAndProgramme', 'disclosureToInstitution', 'actionSteps'])
  })

  it('asks the actual start date once the studies have started', () => {
    expect(paths({ studyStatus: 'started', startDate: '' })).toEqual(['startDate'])
    expect(paths({ studyStatus: 'started', startDate: '2025-08-11' })).toEqual([])
  })
})
