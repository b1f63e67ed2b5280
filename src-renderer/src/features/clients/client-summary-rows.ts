import type { TFunction } from 'i18next'
import type { Client } from '@shared/clients/client-schema'
import { FINNISH_FORMAT, type DocumentFormat } from '../../format/document-format'

/**
 * The client's details as label–text pairs: the client page's summary (Finnish dates) and the data-request printout
 * (its document's format).
 */
export function clientSummaryRows(
  client: Client,
  t: TFunction,
  format: DocumentFormat = FINNISH_FORMAT,
): Array<[string, string]> {
  return [
    [t('clients.fields.dateOfBirth'), format.date(client.dateOfBirth)],
    [t('clients.fields.henkilotunnus'), client.henkilotunnus ?? ''],
    [t('clients.fields.phone'), client.phone ?? ''],
    [t('clients.fields.email'), client.email ?? ''],
    [t('clients.fields.municipality'), client.municipality ?? ''],
    [t('clients.fields.treatingUnit'), client.treatingUnit ?? ''],
    [t('clients.fields.nurseName'), client.nurseName ?? ''],
    [t('clients.fields.referralDate'), format.date(client.referralDate)],
    [
      t('process.client.situationAtReferral'),
      client.situationAtReferral ? t(`process.client.situations.${client.situationAtReferral}`) : '',
    ],
    [
      t('process.client.careTeamFrequency'),
      client.careTeamFrequency ? t(`process.client.frequencies.${client.careTeamFrequency}`) : '',
    ],
  ]
}
