import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Pencil } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Employer } from '@shared/employers/employer-schema'
import { formatDate } from '../../format/format'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { useClientNames } from '../clients/client-queries'
import { useEmployerContacts } from '../contacts/contact-queries'
import { LogContactButton } from '../contacts/LogContactButton'
import { useAddEmployerPerson, useEmployer } from './employer-queries'
import { EmployerFormDialog } from './EmployerFormDialog'
import { recordChoices } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'

export function EmployerPage() {
  const { employerId = '' } = useParams()
  const { t } = useTranslation()
  const employer = useEmployer(employerId)
  if (employer.isError)
    return (
      <NoticeAlert tone="orange" role="alert">
        {t('process.employers.notFound')}
      </NoticeAlert>
    )
  if (!employer.data) return null
  return <EmployerDetails employer={employer.data} />
}

function EmployerDetails({ employer }: { employer: Employer }) {
  const { t } = useTranslation()
  const [editing, edit] = useDisclosure(false)
  const sector = recordChoices('sector', useLanguage()).find((option) => option.value === employer.sector)
  const rows: Array<[string, string]> = [
    [t('process.employers.businessId'), employer.businessId ?? ''],
    [t('process.employers.sector'), sector ? `${sector.value} ${sector.label}` : ''],
    [t('process.employers.municipality'), employer.municipality ?? ''],
    [t('process.employers.note'), employer.note ?? ''],
  ]
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{employer.name}</Title>
        <Group>
          <LogContactButton employerId={employer.id} label={t('process.employers.log')} />
          <Button variant="default" size="md" leftSection={<Pencil size={18} aria-hidden />} onClick={edit.open}>
            {t('common.edit')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('process.employers.details')}
        </Title>
        <SimpleGrid cols={2} spacing="sm" component="dl" m={0}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value || '–'}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      <PersonsSection employer={employer} />
      <EmployerContactLog employerId={employer.id} />
      <EmployerFormDialog employer={employer} opened={editing} onClose={edit.close} />
    </Stack>
  )
}

function PersonsSection({ employer }: { employer: Employer }) {
  const { t } = useTranslation()
  const add = useAddEmployerPerson()
  const [person, setPerson] = useState({ name: '', role: '', phone: '', email: '' })
  const [failure, setFailure] = useState<string | null>(null)
  const save = async () => {
    setFailure(null)
    try {
      await add.mutateAsync({ employerId: employer.id, person })
      setPerson({ name: '', role: '', phone: '', email: '' })
    } catch {
      setFailure(t('errors.saveFailed'))
    }
  }
  const field = (key: keyof typeof person, label: string) => (
    <TextInput
      label={label}
      value={person[key]}
      onChange={(event) => {
        const value = event.currentTarget.value
        setPerson((current) => ({ ...current, [key]: value }))
      }}
    />
  )
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="employer-persons-heading">
      <Title order={2} size="h3" mb="sm" id="employer-persons-heading">
        {t('process.employers.persons')}
      </Title>
      {employer.persons.length === 0 ? (
        <Text c="dimmed" mb="sm">
          {t('process.employers.noPersons')}
        </Text>
      ) : (
        <Table fz="md" mb="md">
          <Table.Tbody>
            {employer.persons.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td fw={600}>{row.name}</Table.Td>
                <Table.Td>{row.role ?? ''}</Table.Td>
                <Table.Td>{row.phone ?? ''}</Table.Td>
                <Table.Td>{row.email ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <Group align="flex-end" wrap="wrap">
          {field('name', t('process.employers.personName'))}
          {field('role', t('process.employers.personRole'))}
          {field('phone', t('process.employers.phone'))}
          {field('email', t('process.employers.email'))}
          <Button type="submit" variant="default" disabled={person.name.trim() === ''} loading={add.isPending}>
            {t('process.employers.addPerson')}
          </Button>
        </Group>
        <ErrorAlert message={failure} />
      </form>
    </Paper>
  )
}

function EmployerContactLog({ employerId }: { employerId: string }) {
  const { t } = useTranslation()
  const contacts = useEmployerContacts(employerId)
  const rows = contacts.data ?? []
  const names = useClientNames(rows.flatMap((contact) => (contact.clientId ? [contact.clientId] : [])))
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="employer-contacts-heading"
      data-testid="employer-contacts"
    >
      <Title order={2} size="h3" mb="sm" id="employer-contacts-heading">
        {t('process.employers.contactLog')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('process.employers.noContacts')}</Text>
      ) : (
        <Table verticalSpacing="xs" fz="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('process.contacts.onDate')}</Table.Th>
              <Table.Th>{t('process.employers.about')}</Table.Th>
              <Table.Th>{t('process.contacts.mode')}</Table.Th>
              <Table.Th>{t('process.contacts.note')}</Table.Th>
              <Table.Th>{t('process.contacts.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td>{formatDate(contact.onDate)}</Table.Td>
                <Table.Td>
                  {contact.clientId ? (names.get(contact.clientId) ?? '') : t('process.employers.generalContact')}
                </Table.Td>
                <Table.Td>
                  {t(`process.contacts.modes.${contact.mode}`)}
                  {contact.employerPersonName ? `, ${contact.employerPersonName}` : ''}
                </Table.Td>
                <Table.Td>
                  {[...contact.purposes.map((purpose) => t(`process.contacts.purposeLabels.${purpose}`)), contact.note]
                    .filter(Boolean)
                    .join('. ')}
                </Table.Td>
                <Table.Td>
                  {contact.outcome ? t(`process.contacts.outcomes.${contact.outcome}`) : ''}
                  {contact.nextStep &&
                    ` → ${contact.nextStep}${contact.nextStepOn ? ` (${formatDate(contact.nextStepOn)})` : ''}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
