import type { FormTextTables } from '../form-texts'
import { commonTexts } from './common'
import { referralTexts } from './referral'
import { cooperationAgreementTexts } from './cooperation-agreement'
import { vocationalProfileTexts } from './vocational-profile'
import { disclosurePlanTexts } from './disclosure-plan'
import { jobSearchPlanTexts } from './job-search-plan'
import { educationPlanTexts } from './education-plan'
import { employerCooperationTexts } from './employer-cooperation'
import { jobStartTexts } from './job-start'
import { employmentSupportPlanTexts } from './employment-support-plan'
import { jobEndTexts } from './job-end'
import { closureTexts } from './closure'
import { afterCoachingTexts } from './after-coaching'

/** The translation tables of every form, by form id (see ../form-texts.ts). A new form adds its file here. */
export const formTextTables: FormTextTables = {
  common: commonTexts,
  byForm: {
    referral: referralTexts,
    'cooperation-agreement': cooperationAgreementTexts,
    'vocational-profile': vocationalProfileTexts,
    'disclosure-plan': disclosurePlanTexts,
    'job-search-plan': jobSearchPlanTexts,
    'education-plan': educationPlanTexts,
    'employer-cooperation': employerCooperationTexts,
    'job-start': jobStartTexts,
    'employment-support-plan': employmentSupportPlanTexts,
    'job-end': jobEndTexts,
    closure: closureTexts,
    'after-coaching': afterCoachingTexts,
  },
}
