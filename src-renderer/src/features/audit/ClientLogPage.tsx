import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { useClientAudit } from './audit-queries'
import { AuditTable } from './AuditTable'
import { AuditVerificationNote } from './AuditVerificationNote'

/** One client's access log, newest first: what the client may ask to see (703/2023, 11 §). */
export function ClientLogPage() {
  const { t } = useTranslation()
  const { clientId = '' } = useParams()
  const client = useClient(clientId)
  const log = useClientAudit(clientId)
  if (!client.data || !log.data) return null
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>
          {t('audit.clientTitle')}: {clientName(client.data)}
        </Title>
        <Anchor component={Link} to={`/clients/${clientId}`} c="teal.9">
          {t('audit.back')}
        </Anchor>
      </Group>
      <Text>{t('audit.clientIntro')}</Text>
      <AuditVerificationNote verification={log.data.verification} />
      <Paper p="lg" withBorder>
        <AuditTable entries={log.data.entries.toReversed()} />
      </Paper>
    </Stack>
  )
}
