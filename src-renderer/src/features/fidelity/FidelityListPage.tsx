import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { Plus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { formatDate } from '../../format/format'
import { useFidelityReviews } from './fidelity-queries'

/** The team's IPS-25 reviews, newest first, with the date the next one is due. */
export function FidelityListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const reviews = useFidelityReviews()
  const list = reviews.data ?? []
  const latestComplete = list.find((review) => review.complete)
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={1}>{t('fidelity.title')}</Title>
        <Button size="md" leftSection={<Plus size={18} aria-hidden />} onClick={() => navigate('/fidelity/new')}>
          {t('fidelity.newReview')}
        </Button>
      </Group>
      <Text>{t('fidelity.intro')}</Text>
      {latestComplete?.nextReviewOn && (
        <Text fw={700} size="lg" data-testid="fidelity-next-due">
          {t('fidelity.nextReviewOn', { date: formatDate(latestComplete.nextReviewOn) })}
        </Text>
      )}
      <Paper p="lg" withBorder component="section" aria-labelledby="reviews-title">
        <Title order={2} size="h3" mb="sm" id="reviews-title">
          {t('fidelity.listTitle')}
        </Title>
        {reviews.isSuccess && list.length === 0 ? (
          <Text>{t('fidelity.noReviews')}</Text>
        ) : (
          <Table verticalSpacing="sm" fz="md" data-testid="fidelity-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fidelity.date')}</Table.Th>
                <Table.Th>{t('fidelity.type')}</Table.Th>
                <Table.Th>{t('fidelity.total')}</Table.Th>
                <Table.Th>{t('fidelity.band')}</Table.Th>
                <Table.Th>{t('fidelity.nextReview')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((review) => (
                <Table.Tr key={review.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/fidelity/${review.id}`}
                      c="teal.9"
                      fw={600}
                      aria-label={t('fidelity.openLabel', { date: formatDate(review.reviewedOn) })}
                    >
                      {formatDate(review.reviewedOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`fidelity.types.${review.reviewType}`)}</Table.Td>
                  <Table.Td>
                    {review.complete ? review.total : t('fidelity.unfinished', { scored: review.scored })}
                  </Table.Td>
                  <Table.Td>{review.band ? t(`fidelity.bands.${review.band}`) : '–'}</Table.Td>
                  <Table.Td>{review.nextReviewOn ? formatDate(review.nextReviewOn) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}
