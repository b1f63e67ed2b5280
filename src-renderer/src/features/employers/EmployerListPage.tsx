import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue, useDisclosure } from '@mantine/hooks'
import { Plus, Search } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { formatDate } from '../../format/format'
import { useEmployerList } from './employer-queries'
import { EmployerFormDialog } from './EmployerFormDialog'

/** The employer register: who the coach works with, how often, and how many jobs came from each. */
export function EmployerListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const list = useEmployerList(debounced)
  const [opened, dialog] = useDisclosure(false)
  const employers = list.data ?? []
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={1}>{t('process.employers.title')}</Title>
        <Button leftSection={<Plus size={18} aria-hidden />} size="md" onClick={dialog.open}>
          {t('process.employers.new')}
        </Button>
      </Group>
      <TextInput
        label={t('process.employers.search')}
        placeholder={t('process.employers.searchPlaceholder')}
        leftSection={<Search size={18} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={420}
      />
      <Paper withBorder p="md">
        {employers.length === 0 ? (
          <Text>{search ? t('process.employers.noMatches') : t('process.employers.empty')}</Text>
        ) : (
          <Table verticalSpacing="xs" fz="md" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('process.employers.name')}</Table.Th>
                <Table.Th>{t('process.employers.businessId')}</Table.Th>
                <Table.Th>{t('process.employers.municipality')}</Table.Th>
                <Table.Th>{t('process.employers.contactCount')}</Table.Th>
                <Table.Th>{t('process.employers.lastContact')}</Table.Th>
                <Table.Th>{t('process.employers.jobCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employers.map((employer) => (
                <Table.Tr key={employer.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/employers/${employer.id}`} c="teal.9" fw={600}>
                      {employer.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{employer.businessId ?? '–'}</Table.Td>
                  <Table.Td>{employer.municipality ?? '–'}</Table.Td>
                  <Table.Td>{employer.contactCount}</Table.Td>
                  <Table.Td>{formatDate(employer.lastContactOn) || '–'}</Table.Td>
                  <Table.Td>{employer.jobCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <EmployerFormDialog
        employer={null}
        opened={opened}
        onClose={dialog.close}
        onSaved={(employer) => navigate(`/employers/${employer.id}`)}
      />
    </Stack>
  )
}
