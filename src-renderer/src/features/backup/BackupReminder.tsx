import { Anchor, Paper, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'
import { Link } from 'react-router'
import { BACKUP_WARNING_DAYS } from '@shared/backup/backup-limits'
import { formatDateTime } from '../../format/format'
import { useBackupStatus } from './backup-queries'

const DAY_MS = 24 * 60 * 60 * 1000

/** Home: when the last backup was made; a warning after a week without one (counted from creation if none). */
export function BackupReminder({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation()
  const status = useBackupStatus()
  if (!status.data) return null
  const { lastAt, vaultCreatedAt } = status.data
  const since = Date.parse(lastAt ?? vaultCreatedAt)
  const overdue = now.getTime() - since > BACKUP_WARNING_DAYS * DAY_MS
  const link = (
    <Anchor component={Link} to="/settings" c="teal.9" fw={600}>
      {t('backup.reminder.goToSettings')}
    </Anchor>
  )
  if (overdue) {
    return (
      <NoticeAlert tone="orange" title={t('backup.reminder.title')} data-testid="backup-reminder">
        <Text mb="xs">
          {lastAt
            ? `${t('backup.reminder.lastBackup', { date: formatDateTime(lastAt) })} ${t('backup.reminder.overdue', { days: BACKUP_WARNING_DAYS })}`
            : t('backup.reminder.neverOverdue')}
        </Text>
        {link}
      </NoticeAlert>
    )
  }
  return (
    <Paper p="lg" withBorder data-testid="backup-reminder">
      <Title order={2} size="h3" mb="xs">
        {t('backup.reminder.title')}
      </Title>
      <Text mb="xs">
        {lastAt ? t('backup.reminder.lastBackup', { date: formatDateTime(lastAt) }) : t('backup.reminder.never')}
      </Text>
      {link}
    </Paper>
  )
}
