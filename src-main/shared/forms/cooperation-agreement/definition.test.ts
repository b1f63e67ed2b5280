import { describe, expect, it } from 'vitest'
import { validAgreement, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { getFormDefinition } from '../registry'
import { isValidDraft, validateForFinalise } from '../validate'
import { cooperationAgreementForm as cooperationAgreementFormV1 } from './definition'
// The current version (2) keeps every rule of version 1.
import { cooperationAgreementFormV2 as cooperationAgreementForm } from './definition-v2'

type Row = Record<string, unknown>
const firstRow = (validAgreement['consents'] as Row[])[0] as Row
const withConsent = (changes: Row) => withChanges(validAgreement, { consents: [{ ...firstRow, ...changes }] })
const issues = (values: Record<string, unknown>) => validateForFinalise(cooperationAgreementForm, values)
const paths = (values: Record<string, unknown>) => issues(values).map((issue) => issue.path)

describe('cooperation agreement', () => {
  it('requires the entry date, goal, explanations and privacy notice', () => {
    expect(
      paths(
        withChanges(validAgreement, {
          entryDate: '',
          clientGoal: '',
          goalTypes: [],
          principlesExplained: false,
          closureRulesExplained: false,
          privacyNoticeGiven: false,
        }),
      ),
    ).toEqual([
      'entryDate',
      'clientGoal',
      'goalTypes',
      'principlesExplained',
      'closureRulesExplained',
      'privacyNoticeGiven',
    ])
  })

  it('starts a new agreement with the default texts and a care-team consent row without an answer', () => {
    const empty = cooperationAgreementForm.emptyValues()
    expect(String(empty['coachResponsibilities'])).toMatch(/^Työhönvalmentaja tukee/)
    expect(String(empty['contactLostPlan'])).toMatch(/kahteen kuukauteen/)
    const rows = empty['consents'] as Row[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ party: 'care-team', direction: 'both', consent: null, validity: 'until-end' })
    // Health data is the client's separate decision: never ticked in advance.
    expect(rows[0]!['dataContent']).toEqual(['contact', 'goals-progress', 'employment'])
    expect(paths(withChanges(validAgreement, { consents: rows }))).toEqual([
      'consents.0.partyName',
      'consents.0.consent',
      'consents.0.givenOn',
    ])
  })

  it('requires at least one consent row, and every part of a row', () => {
    expect(issues(withChanges(validAgreement, { consents: [] }))).toEqual([
      { path: 'consents', message: 'forms.validation.minRows', values: { count: 1 } },
    ])
    expect(
      paths(
        withConsent({
          party: '',
          partyName: '',
          direction: '',
          dataContent: [],
          purpose: '',
          validity: '',
          consent: null,
        }),
      ),
    ).toEqual([
      'consents.0.party',
      'consents.0.partyName',
      'consents.0.direction',
      'consents.0.dataContent',
      'consents.0.purpose',
      'consents.0.validity',
      'consents.0.consent',
    ])
  })

  it('checks consent choices', () => {
    expect(paths(withConsent({ party: 'te-toimisto' }))).toEqual(['consents.0.party'])
    expect(paths(withConsent({ direction: 'sideways' }))).toEqual(['consents.0.direction'])
    expect(paths(withConsent({ dataContent: ['health', 'everything'] }))).toEqual(['consents.0.dataContent'])
  })

  it('asks for the end date of a date-limited consent and the text of "other" data', () => {
    expect(paths(withConsent({ validity: 'until-date', validUntil: '' }))).toEqual(['consents.0.validUntil'])
    expect(paths(withConsent({ dataContent: ['other'] }))).toEqual(['consents.0.dataContentOther'])
  })

  it('does not allow withdrawal before the consent was given', () => {
    expect(issues(withConsent({ withdrawnOn: '2025-03-02' }))).toEqual([
      { path: 'consents.0.withdrawnOn', message: 'forms.validation.rules.cooperationAgreement.withdrawnBeforeGiven' },
    ])
    expect(paths(withConsent({ withdrawnOn: '2025-03-03' }))).toEqual([])
    expect(paths(withConsent({ withdrawnOn: '2025-06-01' }))).toEqual([])
  })

  it('does not allow validity ending before the consent was given', () => {
    expect(paths(withConsent({ validity: 'until-date', validUntil: '2025-01-01' }))).toEqual(['consents.0.validUntil'])
  })

  it('keeps an explicit refusal, which cannot be withdrawn', () => {
    expect(paths(withConsent({ consent: false }))).toEqual([])
    expect(paths(withConsent({ consent: false, withdrawnOn: '2025-04-01' }))).toEqual(['consents.0.withdrawnOn'])
  })

  it('requires the family member when family is involved', () => {
    expect(paths(withChanges(validAgreement, { familyInvolved: true }))).toEqual(['familyMember'])
  })

  it('requires the employer-contact decision', () => {
    expect(paths(withChanges(validAgreement, { employerDisclosure: '' }))).toEqual(['employerDisclosure'])
  })

  it('names the controller of the client register (version 2)', () => {
    expect(paths(withChanges(validAgreement, { controller: '' }))).toEqual(['controller'])
    expect(paths(withChanges(validAgreement, { coachPhone: 'soita', coachEmail: 'ei' }))).toEqual([
      'coachPhone',
      'coachEmail',
    ])
  })

  it('keeps version 1 for agreements made before version 2 added its fields', () => {
    expect(getFormDefinition('cooperation-agreement')).toBe(cooperationAgreementForm)
    expect(cooperationAgreementForm.schemaVersion).toBe(2)
    expect(getFormDefinition('cooperation-agreement', 1)).toBe(cooperationAgreementFormV1)
    const version1Values = Object.fromEntries(
      Object.entries(validAgreement).filter(([id]) => !ADDED_IN_VERSION_2.includes(id)),
    )
    expect(validateForFinalise(cooperationAgreementFormV1, version1Values)).toEqual([])
    expect(isValidDraft(cooperationAgreementFormV1, version1Values)).toBe(true)
    expect(isValidDraft(cooperationAgreementFormV1, validAgreement)).toBe(false)
  })
})

/** Every field version 2 added (the draft schema of version 1 refuses them). */
const ADDED_IN_VERSION_2 = [
  'coachPhone',
  'coachEmail',
  'controller',
  'secondMeetingWithNurse',
  'secondMeetingDate',
  'secondMeetingNurse',
  'voluntaryNoSanctions',
  'serviceNetwork',
  'serviceNetworkDetails',
  'guardianName',
  'interpreterName',
]
