import { describe, expect, it } from 'vitest'
import type { PrefillContext } from './definition'
import { prefillValues } from './prefill'
import { getFormDefinition } from './registry'
import { validAgreement, validProfile } from '../../../tests/unit/support/form-fixtures'
import { isValidDraft } from './validate'

const def = (id: string) => {
  const found = getFormDefinition(id)
  if (!found) throw new Error(id)
  return found
}

const context: PrefillContext = {
  client: {
    fullName: 'Maija Mallikas',
    dateOfBirth: '1990-05-17',
    henkilotunnus: '170590-123A',
    phone: '040 123 4567',
    email: null,
    municipality: 'Joensuu',
    treatingUnit: 'Aikuispsykiatrian poliklinikka',
    nurseName: 'Hanna Hoitaja',
    referralDate: '2025-02-20',
    phase: 3,
  },
  coach: { name: 'Ville Valmentaja' },
  today: '2025-04-01',
}

describe('prefillValues', () => {
  it('fills the header of every form and keeps drafts valid', () => {
    for (const id of [
      'referral',
      'cooperation-agreement',
      'vocational-profile',
      'job-search-plan',
      'employment-support-plan',
      'closure',
    ]) {
      const values = prefillValues(def(id), context)
      expect(values).toMatchObject({
        clientName: 'Maija Mallikas',
        clientDateOfBirth: '1990-05-17',
        clientMunicipality: 'Joensuu',
        coachName: 'Ville Valmentaja',
        coachUnit: '',
        treatingUnit: 'Aikuispsykiatrian poliklinikka',
        nurseName: 'Hanna Hoitaja',
        formDate: '2025-04-01',
      })
      expect(isValidDraft(def(id), values)).toBe(true)
    }
  })

  it('fills referral-specific client details (henkilötunnus only where the form has it)', () => {
    expect(prefillValues(def('referral'), context)).toMatchObject({
      clientHenkilotunnus: '170590-123A',
      clientPhone: '040 123 4567',
      clientEmail: '',
      referralDate: '2025-02-20',
    })
    expect(prefillValues(def('closure'), context)).not.toHaveProperty('clientHenkilotunnus')
  })

  it('suggests the care-team consent row with the treating unit and nurse', () => {
    const values = prefillValues(def('cooperation-agreement'), context)
    expect(values['consents']).toEqual([
      expect.objectContaining({
        party: 'care-team',
        partyName: 'Aikuispsykiatrian poliklinikka, Hanna Hoitaja',
        givenOn: '2025-04-01',
        consent: null,
        withdrawnOn: '',
      }),
    ])
    expect(values['entryDate']).toBe('2025-04-01')
  })

  it('starts the profile from the agreement', () => {
    const values = prefillValues(def('vocational-profile'), {
      ...context,
      latest: { 'cooperation-agreement': validAgreement },
    })
    expect(values['workGoal']).toBe('Haluan osa-aikatyötä kaupasta.')
    expect(values['disclosurePreference']).toBe('coach-role-only')
  })

  it('starts the job-search plan from the profile goals and preferences', () => {
    const values = prefillValues(def('job-search-plan'), {
      ...context,
      latest: { 'vocational-profile': validProfile, 'cooperation-agreement': validAgreement },
    })
    expect(values['employmentGoal']).toBe('Osa-aikatyö kaupassa tai varastossa.')
    expect(values['targetJobs']).toEqual([
      { jobTitle: 'Myyjä', occupationCode: '5223' },
      { jobTitle: 'Varastotyöntekijä', occupationCode: '' },
    ])
    expect(values['hoursAndLocation']).toBe(
      'Osa-aikatyö, 20 h/vko; Julkinen liikenne, Pyörä; työmatka enintään 40 min; Joensuun keskusta',
    )
    expect(values['disclosureDecision']).toBe('coach-role-only')
    expect(values['firstEmployerContactTarget']).toBe('2025-04-02')
    expect(values['planDate']).toBe('2025-04-01')
  })

  it('keeps empty defaults when there is nothing to start from', () => {
    const values = prefillValues(def('job-search-plan'), context)
    expect(values['employmentGoal']).toBe('')
    expect(values['targetJobs']).toEqual([{ jobTitle: '', occupationCode: '' }])
    expect(values['disclosureDecision']).toBe('')
  })

  it('ignores source values that do not fit the field', () => {
    const values = prefillValues(def('job-search-plan'), {
      ...context,
      latest: { 'vocational-profile': { workGoal: 42, preferredJobs: 'x', disclosurePreference: 'tell-everyone' } },
    })
    expect(values['employmentGoal']).toBe('')
    expect(values['disclosureDecision']).toBe('')
  })

  it('gives the closure the consents in force and the current phase', () => {
    const agreement = structuredClone(validAgreement)
    const values = prefillValues(def('closure'), { ...context, latest: { 'cooperation-agreement': agreement } })
    expect(values['phaseAtClosure']).toBe('3')
    expect(values['consentsEnding']).toEqual([expect.objectContaining({ party: 'care-team', consent: true })])
    expect(values['closureDate']).toBe('2025-04-01')
  })

  it('does not share row objects with the source', () => {
    const profile = structuredClone(validProfile)
    const values = prefillValues(def('job-search-plan'), { ...context, latest: { 'vocational-profile': profile } })
    ;(values['targetJobs'] as Array<Record<string, unknown>>)[0]!['jobTitle'] = 'muutettu'
    expect((profile['preferredJobs'] as Array<Record<string, unknown>>)[0]!['jobTitle']).toBe('Myyjä')
  })
})
