import type { BenefitVariant } from './kinds'
import type { BenefitKind } from './types'

/**
 * The Finnish name of every benefit kind and variant: the calculator's words and the vocational profile's benefit
 * list both read them, so the two always name the same benefits. A kind the engine adds without a name here is a
 * compile error.
 */
export const BENEFIT_KIND_NAMES: Readonly<Record<BenefitKind, string>> = {
  'kela-disability-pension': 'Kelan työkyvyttömyyseläke tai kuntoutustuki',
  'earnings-disability-pension': 'Työeläke (työkyvyttömyyseläke tai kuntoutustuki)',
  'guarantee-pension': 'Takuueläke',
  'unemployment-benefit': 'Työttömyysetuus',
  'housing-allowance': 'Yleinen asumistuki',
  'pensioners-housing-allowance': 'Eläkkeensaajan asumistuki',
  'social-assistance': 'Toimeentulotuki',
  'debt-enforcement': 'Ulosotto',
  'disability-allowance': 'Vammaistuki',
  'pensioners-care-allowance': 'Eläkettä saavan hoitotuki',
}

export const BENEFIT_VARIANT_NAMES: Readonly<Record<BenefitVariant, string>> = {
  full: 'Täysi työkyvyttömyyseläke',
  partial: 'Osatyökyvyttömyyseläke',
  'rehabilitation-subsidy': 'Kuntoutustuki',
  'partial-rehabilitation-subsidy': 'Osakuntoutustuki',
  yleistuki: 'Yleistuki',
  'labour-market-subsidy': 'Työmarkkinatuki',
  'basic-allowance': 'Peruspäiväraha',
  'earnings-related': 'Ansiopäiväraha',
}
