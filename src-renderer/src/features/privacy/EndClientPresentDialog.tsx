import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { ApiCallError } from '../../api/api-client'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { secretFieldProps } from '../../forms-ui/secret-field-props'
import { useEndClientPresent } from './privacy-queries'

/** Ends the client-present mode with the PIN (when one is set) or the passphrase. */
export function EndClientPresentDialog({
  opened,
  onClose,
  pinSet,
}: {
  opened: boolean
  onClose: () => void
  pinSet: boolean
}) {
  const { t } = useTranslation()
  const endPresent = useEndClientPresent()
  const [usePin, setUsePin] = useState(pinSet)
  const [secret, setSecret] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!secret) return
    setError(null)
    try {
      await endPresent.mutateAsync(usePin ? { pin: secret } : { passphrase: secret })
      setSecret('')
      onClose()
    } catch (caught) {
      setSecret('')
      setError(endErrorMessage(caught, t))
      if (caught instanceof ApiCallError && caught.is('privacy/pin-blocked')) setUsePin(false)
    }
  }
  const close = () => {
    setSecret('')
    setError(null)
    onClose()
  }

  return (
    <Modal opened={opened} onClose={close} title={t('privacy.present.endTitle')} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>{t('privacy.present.endIntro')}</Text>
          <PasswordInput
            label={usePin ? t('privacy.present.pin') : t('privacy.present.passphrase')}
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
            inputMode={usePin ? 'numeric' : undefined}
            data-autofocus
            {...secretFieldProps}
          />
          <ErrorAlert message={error} />
          <Group justify="space-between">
            {pinSet ? (
              <Button variant="subtle" onClick={() => setUsePin(!usePin)}>
                {usePin ? t('privacy.present.usePassphrase') : t('privacy.present.usePin')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={endPresent.isPending} disabled={!secret}>
              {t('privacy.present.endButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function endErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected')
  if (error.is('privacy/wrong-pin')) {
    const wrong = t('privacy.present.errors.wrongPin', { count: error.details.triesLeft })
    const wait = error.details.retryAfterSeconds
    return wait > 0 ? `${wrong} ${t('privacy.present.errors.pinWait', { seconds: wait })}` : wrong
  }
  if (error.is('privacy/pin-wait')) {
    return t('privacy.present.errors.pinWait', { seconds: error.details.retryAfterSeconds })
  }
  if (error.is('privacy/pin-blocked')) return t('privacy.present.errors.pinBlocked')
  if (error.is('vault/wrong-passphrase')) return t('privacy.present.errors.wrongPassphrase')
  if (error.is('vault/too-many-attempts')) {
    return t('privacy.present.errors.pinWait', { seconds: error.details.retryAfterSeconds })
  }
  return t('errors.unexpected')
}
