import { Button, Center, List, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { Printer } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { CenteredPage } from '../../app/CenteredPage'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { formatDate } from '../../format/format'
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay'
import { useConfirmRecoveryKey, usePendingRecoveryKey } from './vault-queries'
import { vaultErrorMessage } from './vault-errors'

/**
 * Shown while a new recovery key waits to be typed back: after creation, after "Luo uusi palautusavain", and at
 * the first unlock after an interrupted creation. The vault is not ready until the coach types the key back.
 */
export function RecoveryKeySheet() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const pending = usePendingRecoveryKey()
  const confirm = useConfirmRecoveryKey()
  const [typed, setTyped] = useState('')

  if (!pending.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (typed.trim()) confirm.mutate(typed)
  }
  return (
    <CenteredPage width={760}>
      <Paper p="xl" withBorder shadow="sm">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('vault.recoverySheet.title')}
          </Title>
          <Text>{t('vault.recoverySheet.intro')}</Text>
          <RecoveryKeyDisplay recoveryKey={pending.data.recoveryKey} />
          <Text size="sm">{t('vault.recoverySheet.created', { date: formatDate(pending.data.vaultCreatedAt) })}</Text>
          <List spacing="xs">
            <List.Item>{t('vault.recoverySheet.keepSafe')}</List.Item>
            <List.Item>{t('vault.recoverySheet.notWithLaptop')}</List.Item>
            <List.Item>{t('vault.recoverySheet.onlyWay')}</List.Item>
          </List>
          <Button
            variant="default"
            leftSection={<Printer size={18} aria-hidden />}
            onClick={() => void navigate('/print/recovery-key')}
            w="fit-content"
          >
            {t('vault.recoverySheet.print')}
          </Button>
        </Stack>
      </Paper>
      <Paper component="form" onSubmit={submit} p="xl" mt="md" withBorder shadow="sm" noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('vault.recoverySheet.confirmTitle')}
          </Title>
          <Text>{t('vault.recoverySheet.confirmIntro')}</Text>
          <TextInput
            label={t('vault.recoverySheet.confirmLabel')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            size="md"
            styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.05em' } }}
          />
          <ErrorAlert message={confirm.error ? vaultErrorMessage(confirm.error, t) : null} />
          <Button type="submit" size="md" loading={confirm.isPending} w="fit-content">
            {t('vault.recoverySheet.confirmButton')}
          </Button>
        </Stack>
      </Paper>
    </CenteredPage>
  )
}
