import type { CalcInput } from '@benefits'
import type { TFunction } from 'i18next'

export function benefitName(t: TFunction, input: CalcInput, index: number): string {
  const benefit = input.benefits[index]
  if (!benefit) return ''
  if (benefit.kind === 'earnings-disability-pension')
    return `${t('calculator.kinds.earnings-disability-pension')}: ${t(`calculator.variants.${benefit.variant}`)}`
  if (benefit.kind === 'unemployment-benefit')
    return `${t('calculator.kinds.unemployment-benefit')}: ${t(`calculator.variants.${benefit.variant}`)}`
  return t(`calculator.kinds.${benefit.kind}`)
}
