import { Alert, Group, Paper, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { BackupReminder } from '../backup/BackupReminder'
import { caseloadKeys, useCaseloadReview, useRefreshAfterWrites } from '../caseload/caseload-queries'
import { CaseloadSize } from '../caseload/CaseloadSize'
import { DueList } from '../caseload/DueList'
import { PhaseCounts } from '../caseload/PhaseCounts'
import { RecentClients } from '../caseload/RecentClients'
import { clientKeys } from '../clients/client-queries'
import { LogContactButton } from '../contacts/LogContactButton'

const REFRESHED = [caseloadKeys.all, clientKeys.caseload(), clientKeys.recent()]

/** Etusivu, the caseload review: what is due this week and why, the caseload by phase, the last backup. */
export function HomePage() {
  const { t } = useTranslation()
  const review = useCaseloadReview()
  useRefreshAfterWrites(REFRESHED)
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('home.title')}</Title>
        <LogContactButton />
      </Group>
      {review.isError && (
        <Alert color="red" role="alert">
          {t('caseload.loadFailed')}
        </Alert>
      )}
      {review.data && (
        <>
          <DueList view={review.data} />
          <Paper p="lg" withBorder>
            <Stack gap="lg">
              <PhaseCounts />
              <CaseloadSize review={review.data.review} notEntered={review.data.notEntered} />
            </Stack>
          </Paper>
        </>
      )}
      <BackupReminder />
      <RecentClients />
    </Stack>
  )
}
