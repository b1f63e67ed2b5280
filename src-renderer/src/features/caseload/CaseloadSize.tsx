import { Progress, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RECOMMENDED_MAX, type CaseloadReview } from '@process'

/** The caseload against the recommended maximum, and why the maximum is what it is. */
export function CaseloadSize({ review, notEntered }: { review: CaseloadReview; notEntered: number }) {
  const { t } = useTranslation()
  const { active, recommendedMax: max } = review
  const over = active > max
  const reason =
    max === RECOMMENDED_MAX.phases1to3
      ? t('caseload.maxReason20')
      : max === RECOMMENDED_MAX.travelling
        ? t('caseload.maxReason25')
        : t('caseload.maxReason30')
  return (
    <Stack gap="xs" component="section" aria-labelledby="size-title">
      <Title order={2} size="h3" id="size-title">
        {t('caseload.sizeTitle')}
      </Title>
      <Text size="lg" fw={600} data-testid="caseload-size">
        {t('caseload.size', { active, max })}
      </Text>
      <Progress value={Math.min(100, (active / max) * 100)} color={over ? 'red.9' : 'teal.9'} size="lg" aria-hidden />
      {over && (
        <Text fw={700} c="red.9">
          {t('caseload.overMax')}
        </Text>
      )}
      <Text size="sm">{reason}</Text>
      {notEntered > 0 && <Text data-testid="not-entered">{t('caseload.notEntered', { count: notEntered })}</Text>}
    </Stack>
  )
}
