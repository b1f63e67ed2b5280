import type { TFunction } from 'i18next'
import type { Contact } from '@shared/contacts/contact-schema'
import { FINNISH_FORMAT, type DocumentFormat } from '../../format/document-format'
import { procedureCodeLabel } from '../procedure-codes/procedure-code-labels'

/**
 * The contact as plain text for the county's patient record: date, time and duration, participants, mode,
 * setting, procedure code and label, and the note, in the language of `t` with `format`'s dates (Finnish unless
 * given: the client's data printout passes its document's). No name or id: the text is pasted into the client's own
 * record.
 */
export function contactRecordText(t: TFunction, contact: Contact, format: DocumentFormat = FINNISH_FORMAT): string {
  const when = [
    t('process.contacts.recordText.heading', { date: format.date(contact.onDate) }),
    contact.startTime ? t('process.contacts.recordText.time', { time: contact.startTime.replace(':', '.') }) : '',
    contact.durationMinutes ? t('process.contacts.minutes', { count: contact.durationMinutes }) : '',
  ]
    .filter(Boolean)
    .join(', ')
  const participants = [
    t('process.contacts.recordText.coach'),
    t(`process.contacts.withWhomLabels.${contact.withWhom}`).toLowerCase() +
      (contact.employerName
        ? ` (${[contact.employerName, contact.employerPersonName].filter(Boolean).join(', ')})`
        : ''),
    ...(contact.clientPresent ? [t('process.contacts.withWhomLabels.client').toLowerCase()] : []),
  ].join(', ')
  const lines = [
    when,
    `${t('process.contacts.recordText.participants')}: ${participants}`,
    `${t('process.contacts.recordText.mode')}: ${t(`process.contacts.modes.${contact.mode}`).toLowerCase()}`,
    contact.setting
      ? `${t('process.contacts.recordText.setting')}: ${t(`process.contacts.settings.${contact.setting}`).toLowerCase()}`
      : '',
    contact.procedureCode
      ? `${t('process.contacts.recordText.code')}: ${contact.procedureCode.code} ${procedureCodeLabel(contact.procedureCode, format.language)}`
      : '',
    contact.reached ? '' : t('process.contacts.recordText.notReached'),
    contact.note ? `${t('process.contacts.recordText.note')}: ${contact.note}` : '',
  ]
  return lines.filter(Boolean).join('\n')
}
