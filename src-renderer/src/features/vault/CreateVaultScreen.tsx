import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useCreateVault } from './vault-queries'
import { CenteredPage } from '../../app/CenteredPage'
import { NewPassphraseFields } from './NewPassphraseFields'
import { newPassphraseFormSchema, type NewPassphraseForm } from './new-passphrase-form'
import { RecoveryKeySheet } from './RecoveryKeySheet'
import { vaultErrorMessage } from './vault-errors'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'

export function CreateVaultScreen({ onCreated, onDone }: { onCreated: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const createVault = useCreateVault()
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const form = useForm<NewPassphraseForm>({
    resolver: zodResolver(newPassphraseFormSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  })

  if (recoveryKey) return <RecoveryKeySheet recoveryKey={recoveryKey} onDone={onDone} />

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setError(null)
    try {
      const created = await createVault.mutateAsync({ passphrase })
      onCreated()
      setRecoveryKey(created.recoveryKey)
    } catch (caught) {
      setError(vaultErrorMessage(caught, t))
    }
  })

  return (
    <CenteredPage>
      <Paper component="form" onSubmit={submit} p="xl" withBorder shadow="sm" noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('vault.createTitle')}
          </Title>
          <Text>{t('vault.createIntro')}</Text>
          <FormProvider {...form}>
            <NewPassphraseFields autoFocus />
          </FormProvider>
          <ErrorAlert message={error} />
          <Button type="submit" size="md" loading={form.formState.isSubmitting}>
            {t('vault.createButton')}
          </Button>
        </Stack>
      </Paper>
    </CenteredPage>
  )
}
