import { Checkbox, NativeSelect, Select, SimpleGrid, TextInput } from '@mantine/core'
import { useIsFetching } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  EMPLOYER_CONTACT_OUTCOMES,
  EMPLOYER_CONTACT_PURPOSES,
  type ContactFields,
  type ContactInput,
} from '@shared/contacts/contact-schema'
import { foldForSearch } from '@shared/text/search-text'
import { DateField } from '../../forms-ui/DateField'
import { clientName } from '../clients/client-name'
import { usePacedValue } from '../../queries/use-paced-value'
import { clientKeys, useClient, useClientSearch, useRecentClients } from '../clients/client-queries'
import { useEmployer, useEmployerList } from '../employers/employer-queries'

// The parts of the contact dialog that choose whom the contact is about, and an employer contact's own fields.

type FormControl = Control<ContactInput, unknown, ContactFields>

/** Whether every word typed occurs in the text, accents and case folded (as the core's search reads words). */
function matchesWords(text: string, search: string): boolean {
  const folded = foldForSearch(text)
  return foldForSearch(search)
    .split(' ')
    .every((word) => folded.includes(word))
}

/** At most this many clients are offered for a search; with no search, the clients worked on last. */
const CLIENT_CHOICES = 20

export function ClientPicker({
  control,
  optional,
  error,
  autoFocus,
}: {
  control: FormControl
  optional: boolean
  error: string | undefined
  autoFocus: boolean
}) {
  const { t } = useTranslation()
  return (
    <Controller
      control={control}
      name="clientId"
      render={({ field }) => (
        <ClientSelect
          label={
            optional
              ? `${t('process.contacts.client')} (${t('process.contacts.general')})`
              : t('process.contacts.client')
          }
          value={field.value ?? null}
          onChange={(value) => field.onChange(value)}
          optional={optional}
          error={error}
          autoFocus={autoFocus}
        />
      )}
    />
  )
}

/**
 * Search-as-you-type choice of a client: the core finds the few that match what is typed (never the whole register),
 * paced by its answers; before anything is typed it offers the clients worked on last.
 */
function ClientSelect({
  label,
  value,
  onChange,
  optional,
  error,
  autoFocus,
}: {
  label: string
  value: string | null
  onChange: (value: string | null) => void
  optional: boolean
  error: string | undefined
  autoFocus: boolean
}) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const searched = usePacedValue(search.trim(), useIsFetching({ queryKey: clientKeys.searches() }) > 0)
  const found = useClientSearch(searched, CLIENT_CHOICES)
  const recent = useRecentClients()
  const chosen = useClient(value ?? '')
  const offered = searched === '' ? (recent.data ?? []) : (found.data?.items ?? [])
  const pending = searched !== search.trim() || (searched !== '' && found.isPlaceholderData)
  const choices = [...(chosen.data ? [chosen.data] : []), ...offered.filter((client) => client.id !== value)]
  return (
    <Select
      label={label}
      placeholder={t('process.contacts.clientPlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The core's answer is shown as it is (it matched names, municipality and nurse, accents folded); while the
      // answer to the newest text is on its way, what is on screen is narrowed to the names that still match.
      filter={({ options }) =>
        pending ? options.filter((option) => matchesWords('label' in option ? option.label : '', search)) : options
      }
      clearable={optional}
      required={!optional}
      data={choices.map((client) => ({ value: client.id, label: clientName(client) }))}
      value={value}
      onChange={onChange}
      error={error}
      data-autofocus={autoFocus ? true : undefined}
      nothingFoundMessage={searched === '' ? undefined : t('clients.noMatches')}
    />
  )
}

export function EmployerPicker({ control, error }: { control: FormControl; error: string | undefined }) {
  const { t } = useTranslation()
  const employers = useEmployerList('')
  return (
    <Controller
      control={control}
      name="employerId"
      render={({ field }) => (
        <Select
          label={t('process.contacts.employer')}
          searchable
          required
          data={(employers.data ?? []).map((employer) => ({ value: employer.id, label: employer.name }))}
          value={field.value ?? null}
          onChange={(value) => field.onChange(value)}
          error={error}
          nothingFoundMessage={t('process.employers.noMatches')}
        />
      )}
    />
  )
}

export function EmployerContactFields({
  control,
  employerId,
  clientId,
}: {
  control: FormControl
  employerId: string | null | undefined
  clientId: string | null | undefined
}) {
  const { t } = useTranslation()
  const employer = useEmployer(employerId ?? null)
  return (
    <>
      <Controller
        control={control}
        name="employerPersonId"
        render={({ field }) => (
          <NativeSelect
            label={t('process.contacts.employerPerson')}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(event.currentTarget.value || null)}
            data={[
              { value: '', label: t('process.contacts.noPerson') },
              ...(employer.data?.persons ?? []).map((person) => ({
                value: person.id,
                label: [person.name, person.role].filter(Boolean).join(', '),
              })),
            ]}
          />
        )}
      />
      <Controller
        control={control}
        name="purposes"
        render={({ field }) => (
          <Checkbox.Group label={t('process.contacts.purposes')} value={field.value ?? []} onChange={field.onChange}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4} spacing={6}>
              {EMPLOYER_CONTACT_PURPOSES.map((value) => (
                <Checkbox key={value} value={value} label={t(`process.contacts.purposeLabels.${value}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <Controller
        control={control}
        name="outcome"
        render={({ field }) => (
          <NativeSelect
            label={t('process.contacts.outcome')}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(event.currentTarget.value || null)}
            data={[
              { value: '', label: t('process.contacts.noOutcome') },
              ...EMPLOYER_CONTACT_OUTCOMES.map((value) => ({ value, label: t(`process.contacts.outcomes.${value}`) })),
            ]}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="nextStep"
          render={({ field }) => (
            <TextInput label={t('process.contacts.nextStep')} value={field.value ?? ''} onChange={field.onChange} />
          )}
        />
        <Controller
          control={control}
          name="nextStepOn"
          render={({ field }) => (
            <DateField label={t('process.contacts.nextStepOn')} value={field.value} onChange={field.onChange} />
          )}
        />
      </SimpleGrid>
      {clientId && (
        <Controller
          control={control}
          name="clientPresent"
          render={({ field }) => (
            <Checkbox
              label={t('process.contacts.clientPresent')}
              checked={field.value ?? false}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
      )}
    </>
  )
}
