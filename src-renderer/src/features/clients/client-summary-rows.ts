import type { TFunction } from 'i18next'
import type { Client } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'

/** The client's details as label–text pairs: the client page's summary and the data-request printout. */
export function clientSummaryRows(client: Client, t: TFunction): Array<[string, string]> {
  return [
    [t('clients.fields.dateOfBirth'), formatDate(client.dateOfBirth)],
    [t('clients.fields.henkilotunnus'), client.henkilotunnus ?? ''],
    [t('clients.fields.phone'), client.phone ?? ''],
    [t('clients.fields.email'), client.email ?? ''],
    [t('clients.fields.municipality'), client.municipality ?? ''],
    [t('clients.fields.treatingUnit'), client.treatingUnit ?? ''],
    [t('clients.fields.nurseName'), client.nurseName ?? ''],
    [t('clients.fields.referralDate'), formatDate(client.referralDate)],
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
