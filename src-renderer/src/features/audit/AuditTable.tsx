import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AuditEntry, AuditListItem } from '@shared/api/audit-api'
import { formatDateTime } from '../../format/format'
import { clientName } from '../clients/client-name'
import { auditDetail, auditWhat } from './audit-entry-text'

/** Access-log entries as a table; with `withClient`, a column naming the client (looked up now, never stored). */
export function AuditTable({
  entries,
  withClient,
}: {
  entries: Array<AuditEntry | AuditListItem>
  withClient?: boolean
}) {
  const { t } = useTranslation()
  if (entries.length === 0) return <Text>{t('audit.empty')}</Text>
  return (
    <Table.ScrollContainer minWidth={withClient ? 720 : 560} type="native">
      <Table striped verticalSpacing="xs" fz="md" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.when')}</Table.Th>
            {withClient && <Table.Th>{t('audit.client')}</Table.Th>}
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
              {withClient && (
                <Table.Td>
                  <ClientCell entry={entry as AuditListItem} />
                </Table.Td>
              )}
              <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
              <Table.Td>{[auditWhat(entry, t), auditDetail(entry, t)].filter(Boolean).join(' · ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function ClientCell({ entry }: { entry: AuditListItem }) {
  const { t } = useTranslation()
  if (!entry.clientId) return null
  if (!entry.client) return <Text c="dimmed">{t('audit.deletedClient')}</Text>
  return (
    <Anchor component={Link} to={`/clients/${entry.clientId}`} c="teal.9">
      {clientName(entry.client)}
    </Anchor>
  )
}
