import { reviseForm } from '../revise'
import { employmentSupportPlanForm } from './definition'

/** Version 2: guardian and interpreter signatures. */
export const employmentSupportPlanFormV2 = reviseForm(employmentSupportPlanForm, {
  schemaVersion: 2,
  otherSigners: true,
})
