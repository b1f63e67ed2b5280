import type { TFunction } from 'i18next'
import { isValidationMessage } from '@shared/validation/messages'

export type MessageValues = Readonly<Record<string, string | number>>

/**
 * The words of a validation message key (from a shared schema, a form definition or the core's input checks), with
 * `values` filled in. Keys are the convention everywhere (see src-main/shared/validation/messages.ts). A message that is
 * not a known key is a bug: the coach sees a general "check this" and the console gets an error, which fails the
 * end-to-end tests (they collect console errors) and the renderer tests (their setup turns console errors into failures).
 */
export function validationText(t: TFunction, message: string | undefined, values?: MessageValues): string {
  if (isValidationMessage(message)) return t(message, values ?? {})
  console.error(`[i18n] not a validation message key: ${JSON.stringify(message)}`)
  return t('errors.invalidValue')
}
