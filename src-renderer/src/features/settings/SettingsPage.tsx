import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { coachProfileSchema, type CoachProfile, type CoachProfileInput } from '@shared/settings/coach-profile-schema'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { NewPassphraseFields } from '../vault/NewPassphraseFields'
import { newPassphraseFormSchema } from '../vault/new-passphrase-form'
import { vaultErrorMessage } from '../vault/vault-errors'
import { useChangePassphrase, useRenewRecoveryKey } from '../vault/vault-queries'
import { BackupSection } from '../backup/BackupSection'
import { PrivacySettingsSection } from '../privacy/PrivacySettingsSection'
import { ProcedureCodesLink } from '../procedure-codes/ProcedureCodesLink'
import { LanguageSection } from './LanguageSection'
import { useCoachProfile, useSaveCoachProfile } from './settings-queries'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { withMessage } from '@shared/validation/messages'
import { secretFieldProps } from '../../forms-ui/secret-field-props'

const changeSchema = newPassphraseFormSchema.and(
  z.object({ current: z.string().min(1, withMessage('errors.required')) }),
)
type ChangeForm = z.infer<typeof changeSchema>

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('settings.title')}</Title>
      <LanguageSection />
      <CoachProfileSection />
      <ProcedureCodesLink />
      <ChangePassphrase />
      <RenewRecoveryKey />
      <BackupSection />
      <PrivacySettingsSection />
    </Stack>
  )
}

function ChangePassphrase() {
  const { t } = useTranslation()
  const changePassphrase = useChangePassphrase()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<ChangeForm>({
    resolver: zodResolver(changeSchema),
    defaultValues: { current: '', passphrase: '', confirmation: '' },
  })
  const submit = form.handleSubmit(async ({ current, passphrase }) => {
    setError(null)
    try {
      await changePassphrase.mutateAsync({ currentPassphrase: current, newPassphrase: passphrase })
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
          {...secretFieldProps}
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

/** A new recovery key (the paper was lost or seen): the passphrase is asked, then the key sheet takes over. */
function RenewRecoveryKey() {
  const { t } = useTranslation()
  const renew = useRenewRecoveryKey()
  const [passphrase, setPassphrase] = useState('')
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (passphrase) renew.mutate(passphrase, { onSuccess: () => setPassphrase('') })
  }
  return (
    <Paper component="form" onSubmit={submit} p="lg" withBorder noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('settings.renewRecoveryKey')}
        </Title>
        <Text>{t('settings.renewRecoveryKeyIntro')}</Text>
        <PasswordInput
          label={t('settings.renewRecoveryKeyPassphrase')}
          {...secretFieldProps}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={renew.error ? vaultErrorMessage(renew.error, t) : undefined}
        />
        <Button type="submit" variant="default" loading={renew.isPending} disabled={!passphrase} w="fit-content">
          {t('settings.renewRecoveryKeyButton')}
        </Button>
      </Stack>
    </Paper>
  )
}

function CoachProfileSection() {
  const profile = useCoachProfile()
  if (!profile.isSuccess) return null
  return <CoachProfileForm profile={profile.data} />
}

function CoachProfileForm({ profile }: { profile: CoachProfile | null }) {
  const { t } = useTranslation()
  const saveProfile = useSaveCoachProfile()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<CoachProfileInput, unknown, CoachProfile>({
    resolver: zodResolver(coachProfileSchema),
    defaultValues: {
      name: profile?.name ?? '',
      unit: profile?.unit ?? '',
      organisation: profile?.organisation ?? '',
      phone: profile?.phone ?? '',
      email: profile?.email ?? '',
    },
  })
  const submit = form.handleSubmit(async (fields) => {
    setError(null)
    try {
      await saveProfile.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('settings.coachSaved') })
    } catch {
      setError(t('errors.saveFailed'))
    }
  })
  return (
    <Paper component="form" onSubmit={submit} p="lg" withBorder noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('settings.coachTitle')}
        </Title>
        <Text>{t('settings.coachIntro')}</Text>
        <TextInput
          label={t('settings.coachName')}
          withAsterisk
          {...form.register('name')}
          error={fieldErrorText(form.formState.errors, 'name', t)}
        />
        <TextInput
          label={t('settings.coachUnit')}
          description={t('settings.coachUnitHelp')}
          {...form.register('unit')}
        />
        <TextInput
          label={t('settings.coachOrganisation')}
          description={t('settings.coachOrganisationHelp')}
          {...form.register('organisation')}
          error={fieldErrorText(form.formState.errors, 'organisation', t)}
        />
        <TextInput
          label={t('settings.coachPhone')}
          type="tel"
          {...form.register('phone')}
          error={fieldErrorText(form.formState.errors, 'phone', t)}
        />
        <TextInput
          label={t('settings.coachEmail')}
          type="email"
          {...form.register('email')}
          error={fieldErrorText(form.formState.errors, 'email', t)}
        />
        <ErrorAlert message={error} />
        <Button type="submit" loading={form.formState.isSubmitting} w="fit-content">
          {t('settings.coachSave')}
        </Button>
      </Stack>
    </Paper>
  )
}
