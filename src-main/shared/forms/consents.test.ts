import { describe, expect, it } from 'vitest'
import { consentSummary, consentsInForce, employerContactDecision, isConsentInForce, readConsentRows } from './consents'
import type { ConsentRow } from './definition'
import { emptyConsentRow } from './schema'

const row = (changes: Partial<ConsentRow>): ConsentRow => ({
  ...emptyConsentRow(),
  party: 'care-team',
  partyName: 'Poliklinikka',
  direction: 'both',
  dataContent: ['contact'],
  purpose: 'Yhteistyö',
  validity: 'until-end',
  consent: true,
  givenOn: '2025-03-01',
  ...changes,
})

describe('isConsentInForce', () => {
  const today = '2025-06-15'
  it('is in force after it is given, until withdrawn or expired', () => {
    expect(isConsentInForce(row({}), today)).toBe(true)
    expect(isConsentInForce(row({ givenOn: '2025-06-16' }), today)).toBe(false)
    expect(isConsentInForce(row({ withdrawnOn: '2025-06-15' }), today)).toBe(false)
    expect(isConsentInForce(row({ withdrawnOn: '2025-06-16' }), today)).toBe(true)
    expect(isConsentInForce(row({ validity: 'until-date', validUntil: '2025-06-15' }), today)).toBe(true)
    expect(isConsentInForce(row({ validity: 'until-date', validUntil: '2025-06-14' }), today)).toBe(false)
    expect(isConsentInForce(row({ validity: 'until-date', validUntil: '' }), today)).toBe(false)
  })

  it('never treats a refusal or an unanswered row as consent', () => {
    expect(isConsentInForce(row({ consent: false }), today)).toBe(false)
    expect(isConsentInForce(row({ consent: null }), today)).toBe(false)
    expect(isConsentInForce(row({ validity: '' }), today)).toBe(false)
  })
})

describe('consentsInForce', () => {
  it('reads untrusted stored rows safely', () => {
    expect(consentsInForce(undefined, '2025-01-01')).toEqual([])
    expect(consentsInForce({ consents: 'x' }, '2025-01-01')).toEqual([])
    expect(readConsentRows({ consents: [null, { party: 'kela', direction: 'up', consent: 'yes' }] })).toEqual([
      { ...emptyConsentRow(), party: 'kela' },
    ])
  })

  it('returns the rows in force', () => {
    const agreement = {
      consents: [row({}), row({ party: 'kela', withdrawnOn: '2025-04-01' }), row({ party: 'family', consent: false })],
    }
    expect(consentsInForce(agreement, '2025-05-01').map((consent) => consent.party)).toEqual(['care-team'])
  })
})

describe('consentSummary', () => {
  it('summarises each party in the party-list order', () => {
    const agreement = {
      consents: [
        row({ party: 'employer', partyName: 'Kauppa X', direction: 'give', dataContent: ['contact', 'health'] }),
        row({ party: 'kela', direction: 'receive' }),
        row({ party: 'family', partyName: 'Äiti', consent: false }),
        row({ party: 'employment-authority', withdrawnOn: '2025-04-01' }),
        row({ party: 'care-team', partyName: 'Poliklinikka' }),
      ],
    }
    const summary = consentSummary(agreement, '2025-05-01')
    expect(summary.map((party) => party.party)).toEqual([
      'care-team',
      'employment-authority',
      'kela',
      'employer',
      'family',
    ])
    const byParty = Object.fromEntries(summary.map((party) => [party.party, party]))
    expect(byParty['employer']).toMatchObject({
      names: ['Kauppa X'],
      mayShare: true,
      mayRequest: false,
      mayShareHealthData: true,
    })
    expect(byParty['kela']).toMatchObject({ mayShare: false, mayRequest: true })
    expect(byParty['family']).toMatchObject({ refused: true, mayShare: false })
    expect(byParty['employment-authority']).toMatchObject({ mayShare: false, refused: false })
    expect(byParty['employment-authority']?.withdrawn).toHaveLength(1)
    expect(byParty['care-team']?.partyLabel).toBe('Hoitotaho / psykiatrinen hoitotiimi')
  })
})

describe('employerContactDecision', () => {
  const agreement = (employerDisclosure: string, consents: ConsentRow[] = []) => ({ employerDisclosure, consents })

  it('follows the disclosure decision', () => {
    expect(employerContactDecision(agreement('no-contact'), '2025-05-01').mayContactEmployers).toBe(false)
    expect(employerContactDecision(agreement('coach-role-only'), '2025-05-01').mayContactEmployers).toBe(true)
    expect(employerContactDecision(agreement('undecided'), '2025-05-01').mayContactEmployers).toBeNull()
    expect(employerContactDecision(undefined, '2025-05-01')).toMatchObject({
      mayContactEmployers: null,
      decision: 'undecided',
    })
  })

  it('lets a later decision (the profile) override the agreement', () => {
    const decision = employerContactDecision(agreement('coach-role-only'), '2025-05-01', 'no-contact')
    expect(decision).toMatchObject({ mayContactEmployers: false, decision: 'no-contact' })
    expect(decision.decisionLabel).toMatch(/^Työhönvalmentaja ei ota yhteyttä/)
  })

  it('allows health data to named employers only with both the decision and a consent', () => {
    const employer = row({ party: 'employer', partyName: 'Kauppa X', direction: 'give', dataContent: ['health'] })
    expect(employerContactDecision(agreement('general', [employer]), '2025-05-01')).toMatchObject({
      namedEmployers: ['Kauppa X'],
      mayShareHealthData: true,
    })
    expect(employerContactDecision(agreement('coach-role-only', [employer]), '2025-05-01').mayShareHealthData).toBe(
      false,
    )
    expect(
      employerContactDecision(agreement('general', [{ ...employer, withdrawnOn: '2025-04-30' }]), '2025-05-01'),
    ).toMatchObject({
      namedEmployers: [],
      mayShareHealthData: false,
    })
  })
})
