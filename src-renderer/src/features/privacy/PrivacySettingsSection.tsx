import { Anchor, Button, Group, Paper, PasswordInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PrivacyStatus } from '@shared/api/privacy-api'
import { pinSchema, privacySettingsSchema, type PrivacySettings } from '@shared/privacy/privacy-schema'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { FinnishNumberInput } from '../../forms-ui/FinnishNumberInput'
import { parseFinnishNumber } from '../../forms-ui/finnish-number'
import { secretFieldProps } from '../../forms-ui/secret-field-props'
import { validationText } from '../../i18n/validation-text'
import { isElectron } from '../print/print-actions'
import { vaultErrorMessage } from '../vault/vault-errors'
import { useClearPin, usePrivacyStatus, useSavePrivacySettings, useSetPin } from './privacy-queries'

const WHOLE = { decimals: 0 } as const

/** Settings → "Lukitus ja yksityisyys": idle lock, window, retention, the PIN, and the way to the log and the review. */
export function PrivacySettingsSection() {
  const status = usePrivacyStatus()
  if (!status.data) return null
  return (
    <>
      <PrivacySettingsForm key={JSON.stringify(status.data)} status={status.data} />
      <PinSection pinSet={status.data.pinSet} />
    </>
  )
}

function PrivacySettingsForm({ status }: { status: PrivacyStatus }) {
  const { t } = useTranslation()
  const save = useSavePrivacySettings()
  const [idle, setIdle] = useState(String(status.idleLockMinutes))
  const [retention, setRetention] = useState(String(status.retentionYears))
  const [lockOnMinimise, setLockOnMinimise] = useState(status.lockOnMinimise)
  const [allowScreenCapture, setAllowScreenCapture] = useState(status.allowScreenCapture)
  const [errors, setErrors] = useState<Partial<Record<keyof PrivacySettings, string>>>({})
  const [failed, setFailed] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const number = (text: string) => {
      const parsed = parseFinnishNumber(text, WHOLE)
      return parsed.ok ? parsed.value : Number.NaN
    }
    const parsed = privacySettingsSchema.safeParse({
      idleLockMinutes: number(idle),
      retentionYears: number(retention),
      lockOnMinimise,
      allowScreenCapture,
    })
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], validationText(t, issue.message)])),
      )
      return
    }
    setErrors({})
    setFailed(false)
    try {
      await save.mutateAsync(parsed.data)
      notifications.show({ color: 'teal', message: t('privacy.settings.saved') })
    } catch {
      setFailed(true)
    }
  }

  return (
    <Paper component="form" onSubmit={(event) => void submit(event)} p="lg" withBorder noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('privacy.settings.title')}
        </Title>
        <Text>{t('privacy.settings.intro')}</Text>
        <FinnishNumberInput
          label={t('privacy.settings.idleLock')}
          description={t('privacy.settings.idleLockHelp')}
          format={WHOLE}
          value={idle}
          onChange={setIdle}
          error={errors.idleLockMinutes}
          w={{ base: '100%', sm: 420 }}
          data-testid="idle-lock-minutes"
        />
        {isElectron() && (
          <>
            <Switch
              label={t('privacy.settings.lockOnMinimise')}
              checked={lockOnMinimise}
              onChange={(event) => setLockOnMinimise(event.currentTarget.checked)}
            />
            <Switch
              label={t('privacy.settings.allowScreenCapture')}
              description={t('privacy.settings.allowScreenCaptureHelp')}
              checked={allowScreenCapture}
              onChange={(event) => setAllowScreenCapture(event.currentTarget.checked)}
            />
          </>
        )}
        <FinnishNumberInput
          label={t('privacy.settings.retentionYears')}
          description={t('privacy.settings.retentionYearsHelp')}
          format={WHOLE}
          value={retention}
          onChange={setRetention}
          error={errors.retentionYears}
          w={{ base: '100%', sm: 420 }}
        />
        <ErrorAlert message={failed ? t('errors.saveFailed') : null} />
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('privacy.settings.save')}
        </Button>
        <Group gap="lg">
          <Anchor component={Link} to="/log" c="teal.9">
            {t('privacy.settings.logLink')}
          </Anchor>
          <Anchor component={Link} to="/retention" c="teal.9">
            {t('privacy.settings.retentionLink')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  )
}

function PinSection({ pinSet }: { pinSet: boolean }) {
  const { t } = useTranslation()
  const setPin = useSetPin()
  const clearPin = useClearPin()
  const [pin, setPinText] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [pinError, setPinError] = useState<string | undefined>()
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = pinSchema.safeParse(pin)
    setPinError(parsed.success ? undefined : validationText(t, parsed.error.issues[0]?.message))
    if (!parsed.success || !passphrase) return
    setError(null)
    try {
      await setPin.mutateAsync({ pin: parsed.data, passphrase })
      setPinText('')
      setPassphrase('')
      notifications.show({ color: 'teal', message: t('privacy.settings.pinSaved') })
    } catch (caught) {
      setError(vaultErrorMessage(caught, t))
    }
  }

  return (
    <Paper component="form" onSubmit={(event) => void submit(event)} p="lg" withBorder noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('privacy.settings.pinTitle')}
        </Title>
        <Text>{t('privacy.settings.pinIntro')}</Text>
        <Text fw={600} data-testid="pin-state">
          {pinSet ? t('privacy.settings.pinIsSet') : t('privacy.settings.pinNotSet')}
        </Text>
        <TextInput
          label={t('privacy.settings.pin')}
          value={pin}
          onChange={(event) => setPinText(event.currentTarget.value)}
          inputMode="numeric"
          type="password"
          maxLength={8}
          error={pinError}
          w={{ base: '100%', sm: 260 }}
          {...secretFieldProps}
        />
        <PasswordInput
          label={t('privacy.settings.pinPassphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          {...secretFieldProps}
        />
        <ErrorAlert message={error} />
        <Group>
          <Button type="submit" loading={setPin.isPending} disabled={!pin || !passphrase}>
            {t('privacy.settings.pinSave')}
          </Button>
          {pinSet && (
            <Button
              variant="default"
              loading={clearPin.isPending}
              onClick={() =>
                clearPin.mutate(
                  {},
                  { onSuccess: () => notifications.show({ color: 'teal', message: t('privacy.settings.pinCleared') }) },
                )
              }
            >
              {t('privacy.settings.pinClear')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  )
}
