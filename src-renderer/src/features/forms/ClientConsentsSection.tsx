import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { FilePen } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Client } from '@shared/clients/client-schema'
import { formatDate } from '../../format/format'
import { useNavigate } from 'react-router'
import { useClientConsents, useEditVersion } from './form-queries'

/** What the client currently allows, per party, from the newest finalised cooperation agreement. */
export function ClientConsentsSection({ client }: { client: Client }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const editVersion = useEditVersion()
  const consents = useClientConsents(client.id)
  const data = consents.data

  // A change or withdrawal is a new version of the agreement: it keeps the history and needs the client's signature.
  const recordChange = async (versionId: string) => {
    const { documentId } = await editVersion.mutateAsync({ versionId })
    navigate(`/forms/${documentId}`)
  }
  return (
    <Paper
      p="lg"
      withBorder
      component="section"
      aria-labelledby="client-consents-heading"
      data-testid="client-consents"
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="client-consents-heading">
          {t('forms.consents.title')}
        </Title>
        {data?.source && (
          <Button
            variant="default"
            leftSection={<FilePen size={18} aria-hidden />}
            onClick={() => void recordChange(data.source!.versionId)}
          >
            {t('forms.consents.change')}
          </Button>
        )}
      </Group>
      {data && !data.source && <Text>{t('forms.consents.none')}</Text>}
      {data?.source && (
        <Stack gap="sm">
          <Text c="dimmed">
            {t('forms.consents.source', {
              number: data.source.versionNumber,
              date: formatDate(data.source.finalisedAt),
            })}
          </Text>
          {data.employerContact && (
            <Text>
              <strong>{t('forms.consents.employers')}:</strong>{' '}
              {data.employerContact.mayContactEmployers === true
                ? t('forms.consents.employersYes')
                : data.employerContact.mayContactEmployers === false
                  ? t('forms.consents.employersNo')
                  : t('forms.consents.employersOpen')}
              {' – '}
              {data.employerContact.decisionLabel}
            </Text>
          )}
          {data.parties.length === 0 ? (
            <Text>{t('forms.consents.noRows')}</Text>
          ) : (
            <Table verticalSpacing="xs" fz="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('forms.consents.party')}</Table.Th>
                  <Table.Th>{t('forms.consents.allowed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.parties.map((party) => {
                  const allowed = [
                    party.mayShare
                      ? t('forms.consents.mayShare') +
                        (party.mayShareHealthData ? ` (${t('forms.consents.mayShareHealth')})` : '')
                      : '',
                    party.mayRequest ? t('forms.consents.mayRequest') : '',
                  ].filter(Boolean)
                  return (
                    <Table.Tr key={party.party}>
                      <Table.Td>
                        {party.partyLabel}
                        {party.names.length > 0 && <Text size="sm">{party.names.join(', ')}</Text>}
                      </Table.Td>
                      <Table.Td>
                        {allowed.length > 0
                          ? allowed.join('; ')
                          : party.refused
                            ? t('forms.consents.refused')
                            : t('forms.consents.nothingInForce')}
                        {party.withdrawn.map((row, index) => (
                          <Text key={index} size="sm">
                            {t('forms.consents.withdrawn', { date: formatDate(row.withdrawnOn) })}
                            {row.partyName ? `: ${row.partyName}` : ''}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Paper>
  )
}
