import { Checkbox, NativeSelect, Select, SimpleGrid, TextInput } from '@mantine/core'
import { Controller, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  EMPLOYER_CONTACT_OUTCOMES,
  EMPLOYER_CONTACT_PURPOSES,
  type ContactFields,
  type ContactInput,
} from '@shared/contacts/contact-schema'
import { DateField } from '../../forms-ui/DateField'
import { clientName } from '../clients/client-name'
import { useClientList } from '../clients/client-queries'
import { useEmployer, useEmployerList } from '../employers/employer-queries'

// The parts of the contact dialog that choose whom the contact is about, and an employer contact's own fields.

type FormControl = Control<ContactInput, unknown, ContactFields>

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
  const clients = useClientList('', false)
  const data = (clients.data ?? []).map((client) => ({ value: client.id, label: clientName(client) }))
  return (
    <Controller
      control={control}
      name="clientId"
      render={({ field }) => (
        <Select
          label={
            optional
              ? `${t('process.contacts.client')} (${t('process.contacts.general')})`
              : t('process.contacts.client')
          }
          placeholder={t('process.contacts.clientPlaceholder')}
          searchable
          clearable={optional}
          required={!optional}
          data={data}
          value={field.value ?? null}
          onChange={(value) => field.onChange(value)}
          error={error}
          data-autofocus={autoFocus ? true : undefined}
          nothingFoundMessage={t('clients.noMatches')}
        />
      )}
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
