import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Contact } from '@shared/contacts/contact-schema'
import { documentFormat } from '../../format/document-format'
import { contactRecordText } from './contact-record-text'

const contact: Contact = {
  id: '1',
  clientId: 'c',
  employerId: null,
  employerPersonId: null,
  onDate: '2026-03-05',
  startTime: '09:30',
  durationMinutes: 45,
  withWhom: 'client',
  mode: 'face-to-face',
  reached: true,
  setting: 'community',
  procedureCodeId: 'p',
  note: 'Työnhakua kirjastossa.',
  purposes: [],
  outcome: null,
  nextStep: null,
  nextStepOn: null,
  clientPresent: null,
  procedureCode: { code: 'IEY07', label: 'Työvalmennus, mielenterveys- ja päihdehäiriö (INTK/Työvalmennus)' },
  employerName: null,
  employerPersonName: null,
  createdAt: '2026-03-05T09:00:00.000Z',
  updatedAt: '2026-03-05T09:00:00.000Z',
}

describe('contactRecordText', () => {
  it('writes the contact as readable Finnish lines for the patient record', () => {
    expect(contactRecordText(i18next.t, contact)).toBe(
      [
        'IPS-työhönvalmennus 5.3.2026, klo 09.30, 45 min',
        'Osallistujat: työhönvalmentaja, asiakas',
        'Yhteystapa: kasvokkain',
        'Paikka: yhteisössä (työpaikka, kahvila …)',
        'Toimenpide: IEY07 Työvalmennus, mielenterveys- ja päihdehäiriö (INTK/Työvalmennus)',
        'Kirjaus: Työnhakua kirjastossa.',
      ].join('\n'),
    )
  })

  it("names the procedure in the text's language: THL's Swedish name in a Swedish text", () => {
    const text = contactRecordText(i18next.getFixedT('sv'), contact, documentFormat('sv'))
    expect(text).toContain('IEY07 Psykiatrisk arbetsträning')
    expect(text).not.toMatch(/Työvalmennus/)
  })

  it('says when nobody was reached and names the employer of an employer contact', () => {
    const text = contactRecordText(i18next.t, {
      ...contact,
      withWhom: 'employer',
      employerName: 'Kahvila Aurora',
      employerPersonName: 'Sari Esimies',
      mode: 'phone',
      setting: null,
      reached: false,
      procedureCode: null,
      note: '',
    })
    expect(text).toBe(
      [
        'IPS-työhönvalmennus 5.3.2026, klo 09.30, 45 min',
        'Osallistujat: työhönvalmentaja, työnantaja (Kahvila Aurora, Sari Esimies)',
        'Yhteystapa: puhelin',
        'Yhteydenottoyritys: henkilöä ei tavoitettu.',
      ].join('\n'),
    )
  })
})
