import { describe, expect, it } from 'vitest'
import { validClosure, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { validateForFinalise } from '../validate'
import { activeSigners } from '../visibility'
// The current version (2) keeps every rule of version 1.
import { closureFormV2 as closureForm } from './definition-v2'

const attempt = (date: string, by = 'coach', method = 'phone') => ({ date, method, by, result: '' })
const goodLog = [
  attempt('2026-03-01'),
  attempt('2026-04-01', 'care-team', 'via-care-team'),
  attempt('2026-05-05', 'coach', 'letter'),
]
const notReached = { reason: 'not-reached', outreachLog: goodLog, reEntryInformed: false }
const values = (changes: Record<string, unknown>) => withChanges(validClosure, changes)
const issues = (changes: Record<string, unknown>) => validateForFinalise(closureForm, values(changes))
const paths = (changes: Record<string, unknown>) => issues(changes).map((issue) => issue.path)

describe('closure', () => {
  it('requires date, reason, status, summary, care-team agreement and re-entry information', () => {
    expect(
      paths({
        closureDate: '',
        reason: '',
        careTeamAgreed: null,
        statusAtClosure: '',
        summary: '',
        reEntryInformed: false,
      }),
    ).toEqual(['closureDate', 'reason', 'careTeamAgreed', 'statusAtClosure', 'summary', 'reEntryInformed'])
  })

  it('does not need the outreach log for other reasons, even if rows are left over', () => {
    expect(paths({ outreachLog: [attempt('')] })).toEqual([])
  })

  it('requires the outreach log when the client was not reached', () => {
    expect(issues({ ...notReached, outreachLog: [] })).toEqual([
      { path: 'outreachLog', message: 'forms.validation.minRows', values: { count: 3 } },
    ])
    expect(paths({ ...notReached, outreachLog: [attempt(''), ...goodLog] })).toEqual(['outreachLog.0.date'])
    expect(paths(notReached)).toEqual([])
  })

  it('needs two months of attempts before closing as not reached', () => {
    const recent = [attempt('2026-03-16'), attempt('2026-04-01', 'care-team'), attempt('2026-05-01')]
    expect(paths({ ...notReached, outreachLog: recent })).toEqual(['outreachLog'])
    const exactlyTwoMonths = [attempt('2026-03-15'), attempt('2026-04-01', 'care-team'), attempt('2026-05-01')]
    expect(paths({ ...notReached, outreachLog: exactlyTwoMonths })).toEqual([])
  })

  it('rejects attempts after the closure date', () => {
    expect(paths({ ...notReached, outreachLog: [...goodLog, attempt('2026-05-20')] })).toEqual(['outreachLog.3.date'])
  })

  it('expects the care team to take part in the outreach', () => {
    const coachOnly = goodLog.map((row) => ({ ...row, by: 'coach' }))
    expect(issues({ ...notReached, outreachLog: coachOnly })).toEqual([
      { path: 'outreachLog', message: 'forms.validation.rules.closure.careUnitOutreachMissing' },
    ])
  })

  it('does not ask an unreachable client about re-entry or for a signature', () => {
    expect(paths({ ...notReached, reEntryInformed: false })).toEqual([])
    expect(activeSigners(closureForm, values(notReached)).map((signer) => signer.role)).toEqual(['coach'])
    expect(activeSigners(closureForm, values({})).map((signer) => signer.role)).toEqual(['coach', 'client'])
  })

  it('asks for the detail when transferred or other', () => {
    expect(paths({ reason: 'transferred' })).toEqual(['reasonDetail'])
  })

  it('asks for the date of the care-team agreement', () => {
    expect(paths({ careTeamAgreedDate: '' })).toEqual(['careTeamAgreedDate'])
    expect(paths({ careTeamAgreed: false, careTeamAgreedDate: '' })).toEqual([])
  })
})
