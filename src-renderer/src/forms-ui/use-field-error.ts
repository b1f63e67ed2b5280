import type { TFunction } from 'i18next'
import { get, useFormContext, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { validationText } from '../i18n/validation-text'

/** The words of a field's error in the surrounding form (its message is a validation key, see validationText). */
export function useFieldError() {
  const { t } = useTranslation()
  const { formState } = useFormContext()
  return (name: string) => fieldErrorText(formState.errors, name, t)
}

export function fieldErrorText(errors: FieldErrors, name: string, t: TFunction): string | undefined {
  const error = get(errors, name) as { message?: string } | undefined
  return error ? validationText(t, error.message) : undefined
}
