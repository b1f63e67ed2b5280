import { List, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { compareFidelityReviews, scoreFidelityReview, type FidelityScores } from '@process'
import type { FidelityReview } from '@shared/fidelity/fidelity-review-schema'
import { useDocumentFormat } from '../../format/document-format'
import { formatDate } from '../../format/format'
import { scoresOf } from './fidelity-form'
import { useFidelityTexts } from './fidelity-texts'

/** Total, band and next review date of the scores so far, and what changed since the previous review. */
export function FidelitySummary({
  reviewedOn,
  scores,
  previous,
  print = false,
}: {
  reviewedOn: string
  scores: FidelityScores
  previous: FidelityReview | null | undefined
  print?: boolean
}) {
  const { t } = useTranslation()
  const { items } = useFidelityTexts()
  const documentFormat = useDocumentFormat()
  // on screen dates are Finnish-style in every language; a printout writes them as its language does
  const date = print ? documentFormat.date : formatDate
  const result = scoreFidelityReview({ reviewedOn, scores })
  const scored = 25 - result.missing.length
  const comparison = previous ? compareFidelityReviews(scoresOf(previous.items), scores) : null
  const change = comparison?.totalChange ?? 0
  const content = (
    <Stack gap={print ? 2 : 'xs'}>
      <Text size={print ? 'md' : 'xl'} fw={700} data-testid="fidelity-total">
        {t('fidelity.totalOf', { total: result.total })}
      </Text>
      <Text>{t('fidelity.scored', { scored })}</Text>
      <Text fw={600} data-testid="fidelity-band">
        {result.band
          ? t('fidelity.bandLabel', { band: t(`fidelity.bands.${result.band}`) })
          : t('fidelity.bandUnknown')}
      </Text>
      {result.nextReviewOn && (
        <Text fw={600} data-testid="fidelity-next">
          {t('fidelity.nextReviewOn', { date: date(result.nextReviewOn) })}
        </Text>
      )}
      <Text size="sm">{t('fidelity.nextReviewRule')}</Text>
      {previous === null && <Text>{t('fidelity.noPrevious')}</Text>}
      {previous && comparison && (
        <div data-testid="fidelity-comparison">
          <Text fw={700} mt="xs">
            {t('fidelity.comparedTitle', { date: date(previous.reviewedOn), total: previous.total })}
          </Text>
          <Text>
            {change > 0
              ? t('fidelity.changeUp', { count: change })
              : change < 0
                ? t('fidelity.changeDown', { count: -change })
                : t('fidelity.changeNone')}
          </Text>
          {comparison.changed.length === 0 ? (
            <Text>{t('fidelity.noChangedItems')}</Text>
          ) : (
            <>
              <Text>{t('fidelity.changedItems')}</Text>
              <List size={print ? 'sm' : 'md'}>
                {comparison.changed.map(({ item, previous: before, current }) => (
                  <List.Item key={item}>
                    {t('fidelity.changedItem', {
                      number: item,
                      name: items[item - 1]!.name,
                      previous: before,
                      current,
                    })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </div>
      )}
    </Stack>
  )
  if (print) return content
  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="fidelity-summary-title">
      <Title order={2} size="h3" mb="xs" id="fidelity-summary-title">
        {t('fidelity.summaryTitle')}
      </Title>
      {content}
    </Paper>
  )
}
