import { get, useFormContext, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

/** The Finnish error text for a field of the surrounding form (zod messages are i18n keys: errors.*). */
export function useFieldError() {
  const { t } = useTranslation()
  const { formState } = useFormContext()
  return (name: string) => fieldErrorText(formState.errors, name, t)
}

export function fieldErrorText(errors: FieldErrors, name: string, t: (key: string) => string): string | undefined {
  const error = get(errors, name) as { message?: string } | undefined
  return error ? translateValidationMessage(error.message, t) : undefined
}

export function translateValidationMessage(message: string | undefined, t: (key: string) => string): string {
  return message?.startsWith('errors.') ? t(message) : t('errors.invalidValue')
}
