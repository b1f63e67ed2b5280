import { zodResolver } from '@hookform/resolvers/zod'
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useUnlockVault, useUnlockWithRecoveryKey } from './vault-queries'
import { CenteredPage } from '../../app/CenteredPage'
import { NewPassphraseFields } from './NewPassphraseFields'
import { newPassphraseFormSchema } from './new-passphrase-form'
import { vaultErrorMessage } from './vault-errors'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { withMessage } from '@shared/validation/messages'

/** Only the passphrase, and the way to the recovery key: nothing about clients is visible here. */
export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase')
  return (
    <CenteredPage>
      {mode === 'passphrase' ? (
        <PassphraseUnlock onUnlocked={onUnlocked} onForgot={() => setMode('recovery')} />
      ) : (
        <RecoveryUnlock onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />
      )}
    </CenteredPage>
  )
}

function PassphraseUnlock({ onUnlocked, onForgot }: { onUnlocked: () => void; onForgot: () => void }) {
  const { t } = useTranslation()
  const unlock = useUnlockVault()
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!passphrase) return
    setBusy(true)
    setError(null)
    try {
      await unlock.mutateAsync({ passphrase })
      setPassphrase('')
      onUnlocked()
    } catch (caught) {
      setError(vaultErrorMessage(caught, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper component="form" onSubmit={submit} p="xl" withBorder shadow="sm" noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.lockedTitle')}
        </Title>
        <PasswordInput
          label={t('vault.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          autoFocus
          autoComplete="current-password"
          error={error ?? undefined}
          size="md"
        />
        <Button type="submit" size="md" loading={busy}>
          {t('vault.unlockButton')}
        </Button>
        <Anchor component="button" type="button" onClick={onForgot} size="sm">
          {t('vault.forgotPassphrase')}
        </Anchor>
      </Stack>
    </Paper>
  )
}

const recoverySchema = newPassphraseFormSchema.and(
  z.object({ recoveryKey: z.string().min(1, withMessage('errors.required')) }),
)
type RecoveryForm = z.infer<typeof recoverySchema>

function RecoveryUnlock({ onUnlocked, onBack }: { onUnlocked: () => void; onBack: () => void }) {
  const { t } = useTranslation()
  const unlockWithRecoveryKey = useUnlockWithRecoveryKey()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<RecoveryForm>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { recoveryKey: '', passphrase: '', confirmation: '' },
  })
  const submit = form.handleSubmit(async ({ recoveryKey, passphrase }) => {
    setError(null)
    try {
      await unlockWithRecoveryKey.mutateAsync({ recoveryKey, newPassphrase: passphrase })
      onUnlocked()
    } catch (caught) {
      setError(vaultErrorMessage(caught, t))
    }
  })
  return (
    <Paper component="form" onSubmit={submit} p="xl" withBorder shadow="sm" noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.recoveryTitle')}
        </Title>
        <Text>{t('vault.recoveryIntro')}</Text>
        <TextInput
          label={t('vault.recoveryKey')}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.05em' } }}
          {...form.register('recoveryKey')}
          error={form.formState.errors.recoveryKey ? t('errors.required') : undefined}
        />
        <FormProvider {...form}>
          <NewPassphraseFields />
        </FormProvider>
        <ErrorAlert message={error} />
        <Button type="submit" size="md" loading={form.formState.isSubmitting}>
          {t('vault.recoveryButton')}
        </Button>
        <Anchor component="button" type="button" onClick={onBack} size="sm">
          {t('vault.backToPassphrase')}
        </Anchor>
      </Stack>
    </Paper>
  )
}
