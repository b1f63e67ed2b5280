import type { ApiErrorCode } from '@shared/api'
import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'
import { CenteredPage } from '../../app/CenteredPage'
import { RestorePanel } from '../backup/RestorePanel'
import { CreateVaultForm } from './CreateVaultScreen'
import { vaultProblemMessage } from './vault-errors'

/**
 * The vault's files cannot be opened: says what happened and what to do, and offers the two ways on – a restore
 * from a backup, or (explicitly) a new empty vault with the old files moved aside. Never a spinner, never a new
 * empty vault behind the coach's back.
 */
export function DamagedVaultScreen({ problem, dataDir }: { problem: ApiErrorCode; dataDir: string }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'explain' | 'restore' | 'new'>('explain')
  const [confirming, setConfirming] = useState(false)
  return (
    <CenteredPage width={680}>
      <Paper p="xl" withBorder shadow="sm">
        {mode === 'restore' ? (
          <RestorePanel onCancel={() => setMode('explain')} />
        ) : mode === 'new' ? (
          <CreateVaultForm replaceExisting onCancel={() => setMode('explain')} />
        ) : (
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('vault.damaged.title')}
            </Title>
            <NoticeAlert tone="red" role="alert" data-testid="vault-problem">
              {vaultProblemMessage(problem, t)}
            </NoticeAlert>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('vault.damaged.folder', { folder: dataDir })}
            </Text>
            <Group>
              <Button onClick={() => setMode('restore')}>{t('vault.damaged.restore')}</Button>
              <Button variant="default" onClick={() => setConfirming(true)}>
                {t('vault.damaged.startOver')}
              </Button>
            </Group>
          </Stack>
        )}
      </Paper>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('vault.damaged.startOverTitle')}
        centered
      >
        <Stack gap="md">
          <Text>{t('vault.damaged.startOverText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              onClick={() => {
                setConfirming(false)
                setMode('new')
              }}
            >
              {t('vault.damaged.startOverConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </CenteredPage>
  )
}
