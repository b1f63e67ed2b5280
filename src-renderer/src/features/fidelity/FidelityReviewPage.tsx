import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { localToday } from '@shared/dates/dates'
import type { FidelityReview } from '@shared/fidelity/fidelity-review-schema'
import { formatDate } from '../../format/format'
import { useCoachProfile } from '../settings/settings-queries'
import { blankReview, valuesOf } from './fidelity-form'
import { useDeleteFidelityReview, useFidelityReview } from './fidelity-queries'
import { FidelityReviewForm } from './FidelityReviewForm'

/** A new review (/fidelity/new) or a saved one (/fidelity/:reviewId). */
export function FidelityReviewPage() {
  const { reviewId } = useParams()
  const { t } = useTranslation()
  const isNew = reviewId === undefined
  const review = useFidelityReview(isNew ? null : reviewId)
  const coach = useCoachProfile()
  if (!isNew && review.isError) {
    return (
      <Alert color="orange" role="alert">
        {t('fidelity.notFound')}
      </Alert>
    )
  }
  if ((!isNew && !review.data) || coach.isPending) return null
  const initial = review.data
    ? valuesOf(review.data)
    : blankReview(localToday(), coach.data?.unit ?? null, coach.data?.name ?? null)
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={1}>
          {review.data ? t('fidelity.editTitle', { date: formatDate(review.data.reviewedOn) }) : t('fidelity.newTitle')}
        </Title>
        {review.data && <DeleteReview review={review.data} />}
      </Group>
      <Text>{t('fidelity.intro')}</Text>
      {!review.data && <Text fw={600}>{t('fidelity.unsavedNote')}</Text>}
      <FidelityReviewForm key={review.data?.id ?? 'new'} review={review.data ?? null} initial={initial} />
    </Stack>
  )
}

function DeleteReview({ review }: { review: FidelityReview }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const remove = useDeleteFidelityReview()
  const [opened, dialog] = useDisclosure(false)
  return (
    <>
      <Button variant="default" leftSection={<Trash2 size={18} aria-hidden />} onClick={dialog.open}>
        {t('fidelity.delete')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('fidelity.deleteConfirmTitle')}>
        <Text mb="md">{t('fidelity.deleteConfirmText', { date: formatDate(review.reviewedOn) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={dialog.close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: review.id },
                {
                  onSuccess: () => {
                    notifications.show({ message: t('fidelity.deleted') })
                    navigate('/fidelity')
                  },
                },
              )
            }
          >
            {t('fidelity.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
