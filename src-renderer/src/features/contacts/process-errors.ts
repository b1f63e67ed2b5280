import type { TFunction } from 'i18next'
import { ApiCallError } from '../../api/api-client'

/** The Finnish message for a failed save of a process record; null when the error is not one of these. */
export function processErrorMessage(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiCallError)) return null
  if (error.is('contacts/employer-contact-not-allowed')) return t(`process.contacts.blocked.${error.details.reason}`)
  if (error.is('employers/duplicate-business-id')) return t('process.employers.duplicateBusinessId')
  if (error.is('procedure-codes/duplicate')) return t('process.errors.duplicateCode')
  if (error.is('records/ends-before-start')) return t('process.errors.endsBeforeStart')
  return null
}
