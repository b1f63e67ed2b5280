import { BENEFIT_KIND_LIST, BENEFIT_KIND_NAMES, BENEFIT_VARIANT_NAMES, UNEMPLOYMENT_VARIANTS } from '../../../benefits'
import type { Option } from '../definition'
import { options } from '../fields'

/**
 * The profile's benefit list, version 2: the benefits calculator's kinds with the calculator's own names (the
 * unemployment benefit by variant, yleistuki from 1.5.2026), then the benefits the calculator does not compute.
 * Values: the calculator's kind, or `unemployment-benefit:<variant>`, so a later step can prefill the calculator.
 */
export const benefitOptionsV2: readonly Option[] = [
  ...BENEFIT_KIND_LIST.flatMap((kind): Option[] => {
    if (kind === 'unemployment-benefit') {
      return UNEMPLOYMENT_VARIANTS.map((variant) => ({
        value: `${kind}:${variant}`,
        label: `${BENEFIT_KIND_NAMES[kind]}: ${BENEFIT_VARIANT_NAMES[variant]}${variant === 'yleistuki' ? ' (1.5.2026 alkaen)' : ''}`,
      }))
    }
    if (kind === 'debt-enforcement')
      return [{ value: kind, label: `Velat ja ${BENEFIT_KIND_NAMES[kind].toLowerCase()}` }]
    return [{ value: kind, label: BENEFIT_KIND_NAMES[kind] }]
  }),
  ...options(
    ['sickness-allowance', 'Sairauspäiväraha'],
    ['rehabilitation-allowance', 'Kuntoutusraha'],
    ['study-grant', 'Opintotuki'],
    ['none', 'Ei etuuksia'],
    ['other', 'Muu'],
  ),
]
