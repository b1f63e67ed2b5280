import { describe, expect, it } from 'vitest'
import { sampleJob as job, validEmployerCooperation, withChanges } from '../../../../tests/unit/support/form-fixtures'
import { prefillValues } from '../prefill'
import { validateForFinalise } from '../validate'
import { employerCooperationForm } from './definition'

const paths = (changes: Record<string, unknown>) =>
  validateForFinalise(employerCooperationForm, withChanges(validEmployerCooperation, changes)).map(
    (issue) => issue.path,
  )

describe('employer cooperation agreement', () => {
  it('is signed by the employer, the client and the coach, and needs the confidentiality promise', () => {
    expect(employerCooperationForm.signers.filter((signer) => signer.required).map((signer) => signer.role)).toEqual([
      'employer',
      'client',
      'coach',
    ])
    expect(paths({ confidentiality: false, employerContact: '' })).toEqual(['employerContact', 'confidentiality'])
  })

  it('cannot be made when the disclosure decision forbids employer contacts or is still open', () => {
    expect(paths({ disclosureDecision: 'no-contact' })).toEqual(['disclosureDecision'])
    expect(paths({ disclosureDecision: 'undecided' })).toEqual(['disclosureDecision'])
  })

  it('takes the employer from the ongoing job and the decision and wording from the disclosure plan', () => {
    const values = prefillValues(employerCooperationForm, {
      client: { fullName: 'Maija Mallikas' },
      today: '2025-05-01',
      latest: {
        'cooperation-agreement': { employerDisclosure: 'coach-role-only' },
        'disclosure-plan': { decision: 'general', whatToSay: 'Tuen tarve' },
      },
      jobs: [{ ...job, endedOn: null }],
    })
    expect(values).toMatchObject({
      employerName: 'Kahvila Aurora',
      jobTitle: 'Kahvilatyöntekijä',
      disclosureDecision: 'general',
      whatMayBeShared: 'Tuen tarve',
    })
  })
})
