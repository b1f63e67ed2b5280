import { Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { formatDateTime } from '../../format/format'
import { vaultErrorMessage } from '../vault/vault-errors'
import { useApplyBackup, useCancelRestore, useCheckBackup } from './backup-queries'

/**
 * Restore from a backup file: choose the file, give the passphrase or recovery key of its time, see what it holds
 * (checked by the core), and only then replace the vault. Used in Settings, on the lock screen and at creation.
 */
export function RestorePanel({ onCancel, onRestored }: { onCancel?: () => void; onRestored?: () => void }) {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [kind, setKind] = useState<'passphrase' | 'recoveryKey'>('passphrase')
  const [secret, setSecret] = useState('')
  const check = useCheckBackup()
  const apply = useApplyBackup()
  const cancel = useCancelRestore()
  const checked = check.data

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!file || !secret) return
    check.mutate({ file, secret: kind === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret } })
  }
  const back = () => {
    if (checked) cancel.mutate(checked.uploadId)
    onCancel?.()
  }
  const secretLabel = kind === 'passphrase' ? t('backup.passphrase') : t('backup.recoveryKey')

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('backup.restoreTitle')}
      </Title>
      <Text>{t('backup.restoreIntro')}</Text>
      {!checked ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <label>
              <Text fw={500} size="sm" mb={4}>
                {t('backup.restoreFile')}
              </Text>
              <input
                type="file"
                accept=".tvbackup"
                data-testid="restore-file"
                onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
              />
            </label>
            <LabelledSegmentedControl
              label={t('backup.secretKind')}
              value={kind}
              onChange={setKind}
              data={[
                { value: 'passphrase', label: t('backup.secretPassphrase') },
                { value: 'recoveryKey', label: t('backup.secretRecoveryKey') },
              ]}
            />
            {kind === 'passphrase' ? (
              <PasswordInput
                label={secretLabel}
                value={secret}
                onChange={(event) => setSecret(event.currentTarget.value)}
              />
            ) : (
              <TextInput
                label={secretLabel}
                value={secret}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => setSecret(event.currentTarget.value)}
              />
            )}
            <ErrorAlert message={check.error ? vaultErrorMessage(check.error, t) : null} />
            <Group>
              <Button type="submit" loading={check.isPending} disabled={!file || !secret}>
                {t('backup.check')}
              </Button>
              {onCancel && (
                <Button variant="default" onClick={back}>
                  {t('backup.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <NoticeAlert tone="teal" data-testid="restore-summary">
            {t('backup.summary', {
              date: formatDateTime(checked.summary.createdAt),
              clients: checked.summary.clients,
              forms: checked.summary.forms,
            })}
          </NoticeAlert>
          <Text>{t('backup.replaceWarning')}</Text>
          <ErrorAlert message={apply.error ? vaultErrorMessage(apply.error, t) : null} />
          <Group>
            <Button
              color="red.9"
              loading={apply.isPending}
              onClick={() => apply.mutate(checked.uploadId, { onSuccess: onRestored })}
            >
              {t('backup.apply')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                cancel.mutate(checked.uploadId)
                check.reset()
              }}
            >
              {t('backup.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
