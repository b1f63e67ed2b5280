import type { ApiErrorCode } from '@shared/api'
import { zodResolver } from '@hookform/resolvers/zod'
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'
import { z } from 'zod'
import type { ApiCallError } from '../../api/api-client'
import { CenteredPage } from '../../app/CenteredPage'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { DamagedVaultScreen } from './DamagedVaultScreen'
import { NewPassphraseFields } from './NewPassphraseFields'
import { newPassphraseFormSchema } from './new-passphrase-form'
import { useUnlockVault, useUnlockWithRecoveryKey } from './vault-queries'
import { isDamageError, vaultErrorMessage } from './vault-errors'
import { secretFieldProps } from '../../forms-ui/secret-field-props'

/** Only the passphrase, and the way to the recovery key: nothing about clients is visible here. */
export function LockScreen({ keyFileCopyInUse, dataDir }: { keyFileCopyInUse: boolean; dataDir: string }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase')
  const [damage, setDamage] = useState<ApiErrorCode | null>(null)
  const onError = (error: unknown) => {
    if (isDamageError(error)) setDamage((error as ApiCallError).code)
  }
  if (damage) return <DamagedVaultScreen problem={damage} dataDir={dataDir} />
  return (
    <CenteredPage>
      {mode === 'passphrase' ? (
        <PassphraseUnlock keyFileCopyInUse={keyFileCopyInUse} onError={onError} onForgot={() => setMode('recovery')} />
      ) : (
        <RecoveryUnlock onError={onError} onBack={() => setMode('passphrase')} />
      )}
    </CenteredPage>
  )
}

function PassphraseUnlock({
  keyFileCopyInUse,
  onError,
  onForgot,
}: {
  keyFileCopyInUse: boolean
  onError: (error: unknown) => void
  onForgot: () => void
}) {
  const { t } = useTranslation()
  const unlock = useUnlockVault()
  const [passphrase, setPassphrase] = useState('')

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!passphrase) return
    unlock.mutate(passphrase, { onSuccess: () => setPassphrase(''), onError })
  }

  return (
    <Paper component="form" onSubmit={submit} p="xl" withBorder shadow="sm" noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.lockedTitle')}
        </Title>
        {keyFileCopyInUse && (
          <NoticeAlert tone="orange" data-testid="key-file-copy-in-use">
            {t('vault.keyFileCopyInUse')}
          </NoticeAlert>
        )}
        <PasswordInput
          label={t('vault.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          autoFocus
          {...secretFieldProps}
          error={unlock.error ? vaultErrorMessage(unlock.error, t) : undefined}
          size="md"
        />
        <Button type="submit" size="md" loading={unlock.isPending}>
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
  z.object({ recoveryKey: z.string().min(1, { message: 'errors.required' }) }),
)
type RecoveryForm = z.infer<typeof recoverySchema>

function RecoveryUnlock({ onError, onBack }: { onError: (error: unknown) => void; onBack: () => void }) {
  const { t } = useTranslation()
  const unlock = useUnlockWithRecoveryKey()
  const form = useForm<RecoveryForm>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { recoveryKey: '', passphrase: '', confirmation: '' },
  })
  const submit = form.handleSubmit(({ recoveryKey, passphrase }) =>
    unlock.mutate({ recoveryKey, newPassphrase: passphrase }, { onError }),
  )
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
        <ErrorAlert message={unlock.error ? vaultErrorMessage(unlock.error, t) : null} />
        <Button type="submit" size="md" loading={unlock.isPending}>
          {t('vault.recoveryButton')}
        </Button>
        <Anchor component="button" type="button" onClick={onBack} size="sm">
          {t('vault.backToPassphrase')}
        </Anchor>
      </Stack>
    </Paper>
  )
}
