import { date, options, radio, text, yesNo } from '../fields'
import { reviseForm } from '../revise'
import { jobSearchPlanForm } from './definition'

export const employmentServicesPlanOptions = options(
  ['done', 'Työllistymissuunnitelma tai muu suunnitelma on laadittu'],
  ['not-yet', 'Ei vielä laadittu'],
  ['not-needed', 'Ei tarpeen'],
)

export const wageSubsidyOptions = options(
  ['eligible', 'Selvitetty: asiakkaalla on oikeus palkkatukeen'],
  ['not-eligible', 'Selvitetty: ei oikeutta palkkatukeen'],
  ['to-check', 'Selvitettävä'],
  ['not-relevant', 'Ei ajankohtainen'],
)

/**
 * Version 2 (domain review): registration as a jobseeker, the employment services' plan and wage-subsidy eligibility;
 * guardian and interpreter signatures.
 */
export const jobSearchPlanFormV2 = reviseForm(jobSearchPlanForm, {
  schemaVersion: 2,
  sectionsBefore: {
    targets: [
      {
        id: 'employment-services',
        heading: 'Työvoimapalvelut',
        fields: [
          yesNo('jobseekerRegistered', 'Asiakas on ilmoittautunut työnhakijaksi (työvoimaviranomainen)', {
            required: true,
          }),
          date('jobseekerRegisteredOn', 'Ilmoittautunut (pvm)', {
            visibleWhen: { field: 'jobseekerRegistered', equals: true },
          }),
          radio('employmentServicesPlan', 'Työvoimaviranomaisen suunnitelma', employmentServicesPlanOptions, {
            required: true,
          }),
          text('employmentServicesPlanNote', 'Suunnitelman sisältö tai yhteyshenkilö', {
            visibleWhen: { field: 'employmentServicesPlan', equals: 'done' },
          }),
          radio('wageSubsidyEligibility', 'Palkkatuki', wageSubsidyOptions, { required: true }),
        ],
      },
    ],
  },
  otherSigners: true,
})
