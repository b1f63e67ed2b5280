import { describe, expect, it } from 'vitest'
import { validJobSearchPlan, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
// The current version (2) keeps every rule of version 1.
import { jobSearchPlanFormV2 as jobSearchPlanForm } from './definition-v2'

type Row = Record<string, unknown>
const steps = validJobSearchPlan['actionSteps'] as Row[]
const issues = (changes: Record<string, unknown>) =>
  validateForFinalise(jobSearchPlanForm, withChanges(validJobSearchPlan, changes))
const paths = (changes: Record<string, unknown>) => issues(changes).map((issue) => issue.path)

describe('job-search plan', () => {
  it('requires goal, targets, methods, first-contact date and benefits counselling', () => {
    expect(
      paths({
        employmentGoal: '',
        targetJobs: [],
        targetEmployers: [],
        hoursAndLocation: '',
        searchMethods: [],
        firstEmployerContactTarget: '',
        benefitsCounselling: '',
      }),
    ).toEqual([
      'employmentGoal',
      'targetJobs',
      'targetEmployers',
      'hoursAndLocation',
      'searchMethods',
      'firstEmployerContactTarget',
      'benefitsCounselling',
    ])
  })

  it('requires at least one complete action step', () => {
    expect(paths({ actionSteps: [] })).toEqual(['actionSteps'])
    expect(
      paths({ actionSteps: [{ action: '', responsible: '', targetDate: '', status: 'planned', doneDate: '' }] }),
    ).toEqual(['actionSteps.0.action', 'actionSteps.0.responsible', 'actionSteps.0.targetDate'])
  })

  it('requires the done date only for done steps, not before the plan', () => {
    expect(paths({ actionSteps: [{ ...steps[0], doneDate: '' }] })).toEqual(['actionSteps.0.doneDate'])
    expect(paths({ actionSteps: [{ ...steps[0], status: 'in-progress', doneDate: '' }] })).toEqual([])
    expect(paths({ actionSteps: [{ ...steps[0], doneDate: '2025-03-01' }] })).toEqual(['actionSteps.0.doneDate'])
    expect(paths({ actionSteps: [{ ...steps[0], status: 'cancelled' }] })).toEqual(['actionSteps.0.status'])
  })

  it('needs the review after the plan date', () => {
    expect(issues({ reviewDate: '2025-03-19' })).toEqual([
      { path: 'reviewDate', message: 'forms.validation.rules.jobSearchPlan.reviewBeforePlanDate' },
    ])
  })

  it('asks for the agreed benefits-counselling date', () => {
    expect(paths({ benefitsCounsellingDate: '' })).toEqual(['benefitsCounsellingDate'])
    expect(paths({ benefitsCounselling: 'done', benefitsCounsellingDate: '' })).toEqual([])
  })

  it('does not let the coach contact employers against the disclosure decision', () => {
    expect(issues({ disclosureDecision: 'no-contact' })).toEqual([
      { path: 'searchMethods', message: 'forms.validation.rules.jobSearchPlan.noEmployerContactAllowed' },
    ])
    expect(paths({ disclosureDecision: 'no-contact', searchMethods: ['client-contacts'] })).toEqual([])
  })

  it('starts with one empty action step', () => {
    expect(jobSearchPlanForm.emptyValues()['actionSteps']).toEqual([
      { action: '', responsible: '', targetDate: '', status: 'planned', doneDate: '' },
    ])
  })
})
