import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useApi } from '../../api/api-context'
import { NewPassphraseFields } from '../vault/NewPassphraseFields'
import { newPassphraseFormSchema } from '../vault/new-passphrase-form'
import { vaultErrorMessage } from '../vault/vault-errors'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'

const changeSchema = newPassphraseFormSchema.and(z.object({ current: z.string().min(1, { message: 'errors.required' }) }))
type ChangeForm = z.infer<typeof changeSchema>

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('settings.title')}</Title>
      <ChangePassphrase />
      <Paper p="lg" withBorder>
        <Title order={2} size="h3" mb="xs">
          {t('settings.lockingTitle')}
        </Title>
        <Text>{t('settings.lockingText')}</Text>
      </Paper>
    </Stack>
  )
}

function ChangePassphrase() {
  const { t } = useTranslation()
  const api = useApi()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<ChangeForm>({
    resolver: zodResolver(changeSchema),
    defaultValues: { current: '', passphrase: '', confirmation: '' },
  })
  const submit = form.handleSubmit(async ({ current, passphrase }) => {
    setError(null)
    try {
      await api.call('vault-change-passphrase', { currentPassphrase: current, newPassphrase: passphrase })
      form.reset()
      notifications.show({ color: 'teal', message: t('settings.passphraseChanged') })
    } catch (caught) {
      setError(vaultErrorMessage(caught, t))
    }
  })
  return (
    <Paper component="form" onSubmit={submit} p="lg" withBorder noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('settings.changePassphrase')}
        </Title>
        <Text>{t('settings.changePassphraseIntro')}</Text>
        <PasswordInput
          label={t('settings.currentPassphrase')}
          autoComplete="current-password"
          {...form.register('current')}
          error={form.formState.errors.current ? t('errors.required') : undefined}
        />
        <FormProvider {...form}>
          <NewPassphraseFields />
        </FormProvider>
        <ErrorAlert message={error} />
        <Button type="submit" loading={form.formState.isSubmitting} w="fit-content">
          {t('settings.changePassphraseButton')}
        </Button>
      </Stack>
    </Paper>
  )
}
