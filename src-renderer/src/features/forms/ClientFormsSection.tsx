import { Badge, Button, Group, NativeSelect, Paper, Table, Text, Title } from '@mantine/core'
import { FilePlus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Client } from '@shared/clients/client-schema'
import { formDefinitions } from '@shared/forms'
import { formTitle, localizeForm } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'
import { formatDate } from '../../format/format'
import { useClientForms, useCreateForm } from './form-queries'

/** Status badges with at least 4.5:1 contrast (autoContrast: black on the light yellow of a draft). */
const STATUS_COLOR = { draft: 'yellow.4', finalised: 'blue.9', signed: 'teal.9' } as const

export function ClientFormsSection({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const forms = useClientForms(client.id)
  const create = useCreateForm()
  const [formId, setFormId] = useState(formDefinitions[0]?.id ?? '')

  const createForm = async () => {
    const { documentId } = await create.mutateAsync({ clientId: client.id, formId })
    navigate(`/forms/${documentId}`)
  }

  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="client-forms-heading">
      <Title order={2} size="h3" mb="md" id="client-forms-heading">
        {t('forms.section.formsTitle')}
      </Title>
      <Group align="flex-end" mb="md">
        <NativeSelect
          label={t('forms.section.chooseForm')}
          value={formId}
          onChange={(event) => setFormId(event.currentTarget.value)}
          data={formDefinitions.map((def) => ({ value: def.id, label: localizeForm(def, language).title }))}
          size="md"
          style={{ flex: 1, maxWidth: 520 }}
        />
        <Button
          leftSection={<FilePlus size={18} aria-hidden />}
          onClick={() => void createForm()}
          loading={create.isPending}
          size="md"
        >
          {t('forms.section.newForm')}
        </Button>
      </Group>
      {forms.data && forms.data.length === 0 && <Text>{t('forms.section.noForms')}</Text>}
      {forms.data && forms.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm" fz="md" data-testid="client-forms">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('forms.section.columns.form')}</Table.Th>
              <Table.Th>{t('forms.section.columns.status')}</Table.Th>
              <Table.Th>{t('forms.section.columns.date')}</Table.Th>
              <Table.Th>{t('forms.section.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {forms.data.map((item) => (
              <Table.Tr key={item.documentId}>
                <Table.Td>{formTitle(item.formId, language, item.title)}</Table.Td>
                <Table.Td>
                  {/* Status and version share a column, so the table fits a window at 200 % zoom. */}
                  <Group gap="xs">
                    <Badge
                      color={STATUS_COLOR[item.status]}
                      autoContrast
                      size="lg"
                      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                    >
                      {t(`forms.status.${item.status}`)}
                    </Badge>
                    {item.latestVersion && (
                      <Text span>{t('forms.section.versionNumber', { number: item.latestVersion.versionNumber })}</Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDate(item.updatedAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-md"
                    variant={item.hasDraft ? 'filled' : 'default'}
                    onClick={() => navigate(`/forms/${item.documentId}`)}
                    aria-label={t(item.hasDraft ? 'forms.section.continueLabel' : 'forms.section.openLabel', {
                      title: formTitle(item.formId, language, item.title),
                    })}
                  >
                    {t(item.hasDraft ? 'forms.section.continue' : 'forms.section.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
