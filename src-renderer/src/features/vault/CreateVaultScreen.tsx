import { zodResolver } from '@hookform/resolvers/zod'
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { CenteredPage } from '../../app/CenteredPage'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { RestorePanel } from '../backup/RestorePanel'
import { NewPassphraseFields } from './NewPassphraseFields'
import { newPassphraseFormSchema, type NewPassphraseForm } from './new-passphrase-form'
import { useCreateVault } from './vault-queries'
import { vaultErrorMessage } from './vault-errors'

/** First start: a new vault, or the way to restore a backup into this (empty) data folder. */
export function CreateVaultScreen() {
  const { t } = useTranslation()
  const [restoring, setRestoring] = useState(false)
  return (
    <CenteredPage width={restoring ? 680 : 520}>
      <Paper p="xl" withBorder shadow="sm">
        {restoring ? (
          <RestorePanel onCancel={() => setRestoring(false)} />
        ) : (
          <Stack gap="md">
            <CreateVaultForm />
            <Anchor component="button" type="button" size="sm" onClick={() => setRestoring(true)}>
              {t('vault.restoreInstead')}
            </Anchor>
          </Stack>
        )}
      </Paper>
    </CenteredPage>
  )
}

/** The new passphrase, twice. With `replaceExisting` the damaged files are moved aside by the core. */
export function CreateVaultForm({
  replaceExisting = false,
  onCancel,
}: {
  replaceExisting?: boolean
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const create = useCreateVault()
  const form = useForm<NewPassphraseForm>({
    resolver: zodResolver(newPassphraseFormSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  })
  const submit = form.handleSubmit(({ passphrase }) => create.mutate({ passphrase, replaceExisting }))
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('vault.createTitle')}
        </Title>
        <Text>{t('vault.createIntro')}</Text>
        {replaceExisting && <Text fw={600}>{t('vault.createReplacingIntro')}</Text>}
        <FormProvider {...form}>
          <NewPassphraseFields autoFocus />
        </FormProvider>
        <ErrorAlert message={create.error ? vaultErrorMessage(create.error, t) : null} />
        <Group>
          <Button type="submit" size="md" loading={create.isPending}>
            {t('vault.createButton')}
          </Button>
          {onCancel && (
            <Button variant="default" size="md" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
