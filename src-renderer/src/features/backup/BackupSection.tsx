import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { FolderOpen, HardDriveDownload } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'
import { DEFAULT_BACKUPS_KEPT, MAX_BACKUPS_KEPT } from '@shared/backup/backup-limits'
import { useApi } from '../../api/api-context'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { formatDateTime } from '../../format/format'
import { isElectron } from '../print/print-actions'
import { vaultErrorMessage, vaultProblemMessage } from '../vault/vault-errors'
import { chooseBackupFolder, useBackupStatus, useMakeBackup, useSaveBackupSettings } from './backup-queries'
import { RestorePanel } from './RestorePanel'

/** Settings → Varmuuskopiot: back up now, the automatic backup folder, and restore. */
export function BackupSection() {
  const { t } = useTranslation()
  const status = useBackupStatus()
  const make = useMakeBackup()
  const [restoring, setRestoring] = useState(false)
  if (!status.data) return null
  const backupNow = () =>
    make.mutate(undefined, {
      onSuccess: (result) => {
        if (!result) return
        notifications.show({
          color: 'teal',
          message: t(result.downloaded ? 'backup.downloaded' : 'backup.saved', { fileName: result.fileName }),
        })
      },
    })
  return (
    <Paper p="lg" withBorder>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('backup.title')}
        </Title>
        <Text>{t('backup.intro')}</Text>
        <Text fw={600} data-testid="last-backup">
          {status.data.lastAt
            ? t('backup.lastBackup', { date: formatDateTime(status.data.lastAt) })
            : t('backup.never')}
        </Text>
        <ErrorAlert message={make.error ? vaultErrorMessage(make.error, t) : null} />
        <Button
          leftSection={<HardDriveDownload size={18} aria-hidden />}
          onClick={backupNow}
          loading={make.isPending}
          w="fit-content"
        >
          {t('backup.backupNow')}
        </Button>
        <AutomaticBackupForm
          key={`${status.data.folder}-${status.data.keep}`}
          folder={status.data.folder}
          keep={status.data.keep}
        />
        {status.data.lastError && (
          <NoticeAlert tone="orange" role="alert">
            {t('backup.lastError', {
              date: formatDateTime(status.data.lastError.at),
              reason: vaultProblemMessage(status.data.lastError.code, t),
            })}
          </NoticeAlert>
        )}
        {restoring ? (
          <RestorePanel onCancel={() => setRestoring(false)} />
        ) : (
          <Button variant="default" onClick={() => setRestoring(true)} w="fit-content">
            {t('backup.restoreTitle')}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}

function AutomaticBackupForm({ folder, keep }: { folder: string | null; keep: number }) {
  const { t } = useTranslation()
  const api = useApi()
  const save = useSaveBackupSettings()
  const [folderText, setFolderText] = useState(folder ?? '')
  const [keepValue, setKeepValue] = useState<number>(keep || DEFAULT_BACKUPS_KEPT)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    save.mutate(
      { folder: folderText.trim() || null, keep: keepValue },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('backup.settingsSaved') }) },
    )
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('backup.automaticTitle')}
        </Title>
        <Text size="sm">{t('backup.automaticIntro')}</Text>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('backup.folder')}
            description={t('backup.folderHelp')}
            placeholder={t('backup.folderPlaceholder')}
            value={folderText}
            onChange={(event) => setFolderText(event.currentTarget.value)}
            spellCheck={false}
          />
          {isElectron() && (
            <Button
              variant="default"
              leftSection={<FolderOpen size={18} aria-hidden />}
              onClick={() => void chooseBackupFolder(api).then((chosen) => chosen && setFolderText(chosen))}
            >
              {t('backup.chooseFolder')}
            </Button>
          )}
        </Group>
        <NumberInput
          label={t('backup.keep')}
          min={1}
          max={MAX_BACKUPS_KEPT}
          value={keepValue}
          onChange={(value) => setKeepValue(typeof value === 'number' ? value : DEFAULT_BACKUPS_KEPT)}
          w={280}
        />
        <ErrorAlert message={save.error ? vaultErrorMessage(save.error, t) : null} />
        <Button type="submit" variant="default" loading={save.isPending} w="fit-content">
          {t('backup.saveSettings')}
        </Button>
      </Stack>
    </form>
  )
}
