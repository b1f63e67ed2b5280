import { describe, expect, it } from 'vitest'
import { procedureCodeLabel } from './procedure-code-labels'

const iey07 = { code: 'IEY07', label: 'Työvalmennus, mielenterveys- ja päihdehäiriö (INTK/Työvalmennus)' }

describe('procedure code labels', () => {
  it("shows THL's Swedish name of a seeded code in Swedish and keeps the stored label in Finnish", () => {
    expect(procedureCodeLabel(iey07, 'sv')).toBe('Psykiatrisk arbetsträning')
    expect(procedureCodeLabel(iey07, 'en')).toBe('Psychiatric job coaching')
    expect(procedureCodeLabel(iey07, 'fi')).toBe(iey07.label)
  })

  it("keeps a county's own label and a code without a checked Swedish name as stored", () => {
    expect(procedureCodeLabel({ code: 'IEY07', label: 'Oma työvalmennus' }, 'sv')).toBe('Oma työvalmennus')
    const spat = { code: 'SPAT1404', label: 'Yhteydenotto työpaikalle' }
    expect(procedureCodeLabel(spat, 'sv')).toBe(spat.label)
  })
})
