import { PasswordInput, Progress, Stack, Text } from '@mantine/core'
import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { passphraseStrength } from '@shared/vault/passphrase-rules'
import { useFieldError } from '../../forms-ui/use-field-error'
import { secretFieldProps } from '../../forms-ui/secret-field-props'

const STRENGTH_COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const

/** The new passphrase typed twice, with a strength hint. Used at creation, recovery and change. */
export function NewPassphraseFields({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation()
  const { register, control } = useFormContext<{ passphrase: string; confirmation: string }>()
  const passphrase = useWatch({ control, name: 'passphrase' }) ?? ''
  const fieldError = useFieldError()
  const strength = passphraseStrength(passphrase)
  return (
    <Stack gap="sm">
      <PasswordInput
        label={t('vault.newPassphrase')}
        description={t('vault.passphraseRule')}
        {...secretFieldProps}
        autoFocus={autoFocus}
        {...register('passphrase')}
        error={fieldError('passphrase')}
      />
      <div aria-live="polite">
        <Progress
          value={passphrase ? (strength + 1) * 20 : 0}
          color={STRENGTH_COLORS[strength]}
          size="sm"
          aria-label={t('vault.strengthLabel')}
        />
        <Text size="sm" c="dimmed" mt={4}>
          {passphrase ? t(`vault.strength.${strength}`) : t('vault.strengthHint')}
        </Text>
      </div>
      <PasswordInput
        label={t('vault.confirmPassphrase')}
        {...secretFieldProps}
        {...register('confirmation')}
        error={fieldError('confirmation')}
      />
    </Stack>
  )
}
