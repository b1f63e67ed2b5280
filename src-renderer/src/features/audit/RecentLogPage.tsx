import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useRecentAudit } from './audit-queries'
import { AuditTable } from './AuditTable'
import { AuditVerificationNote } from './AuditVerificationNote'

/** The whole access log, newest first: the day's work at a glance, a hundred entries at a time. */
export function RecentLogPage() {
  const { t } = useTranslation()
  const log = useRecentAudit()
  const pages = log.data?.pages ?? []
  const first = pages[0]
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{t('audit.title')}</Title>
      <Text>{t('audit.intro')}</Text>
      {first && <AuditVerificationNote verification={first.verification} />}
      <Paper p="lg" withBorder>
        <AuditTable entries={pages.flatMap((page) => page.entries)} withClient />
      </Paper>
      {log.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t('audit.more')}
        </Button>
      )}
    </Stack>
  )
}
