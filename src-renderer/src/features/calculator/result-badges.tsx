import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { BENEFIT_KIND_DESCRIPTIONS, type BenefitKind, type ParameterRow, type Status } from '@benefits'

export const STATUS_COLORS: Record<Status, string> = {
  unaffected: 'gray.7',
  'within-limit': '#1e6b30',
  reduced: '#9c3d00',
  'may-convert-to-partial': '#9c3d00',
  'over-limit': 'red.9',
  'not-payable': 'red.9',
}

export function usesEstimate(kind: BenefitKind, parameters: readonly ParameterRow[]): boolean {
  const prefixes = BENEFIT_KIND_DESCRIPTIONS[kind].parameterPrefixes
  return parameters.some((row) => row.status === 'estimated' && prefixes.some((prefix) => row.key.startsWith(prefix)))
}

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation()
  return (
    <Badge color={STATUS_COLORS[status]} size="lg" tt="none" fz="sm" radius="sm">
      {t(`calculator.status.${status}`)}
    </Badge>
  )
}

export function EstimateBadge() {
  const { t } = useTranslation()
  return (
    <Badge
      color="violet.9"
      variant="outline"
      size="lg"
      tt="none"
      fz="sm"
      radius="sm"
      title={t('calculator.result.estimateHelp')}
    >
      {t('calculator.result.estimate')}
    </Badge>
  )
}
