import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { Controller, FormProvider, useForm, useFormContext, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import {
  CARE_TEAM_FREQUENCIES,
  CLIENT_STATUSES,
  clientInputSchema,
  SITUATIONS_AT_REFERRAL,
  type Client,
  type ClientFields,
  type ClientInput,
} from '@shared/clients/client-schema'
import { ApiCallError } from '../../api/api-client'
import { DateField } from '../../forms-ui/DateField'
import { fieldErrorText, useFieldError } from '../../forms-ui/use-field-error'
import { useClient, useNewClientDraft, useSaveClient } from './client-queries'
import { useWarnBeforeUnload } from '../../forms-ui/use-warn-before-unload'
import { useDateOfBirthFromHenkilotunnus, useKeepNewClientDraft } from './client-form-keeping'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'

const EMPTY: ClientInput = {
  firstName: '',
  lastName: '',
  dateOfBirth: null,
  henkilotunnus: '',
  phone: '',
  email: '',
  municipality: '',
  treatingUnit: '',
  nurseName: '',
  referralDate: null,
  situationAtReferral: null,
  careTeamFrequency: null,
  status: 'active',
}

export function NewClientPage() {
  return <ClientForm client={null} />
}

export function ClientEditPage() {
  const { clientId = '' } = useParams()
  const client = useClient(clientId)
  if (!client.data) return null
  return <ClientForm client={client.data} />
}

function ClientForm({ client }: { client: Client | null }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const save = useSaveClient(client?.id ?? null)
  const [failure, setFailure] = useState<string | null>(null)
  const draft = useNewClientDraft()
  const [restored, setRestored] = useState(() => (client ? null : draft.read()))
  const form = useForm<ClientInput, unknown, ClientFields>({
    resolver: zodResolver(clientInputSchema),
    defaultValues: client ? toInput(client) : (restored ?? EMPTY),
  })
  useKeepNewClientDraft(form, client === null, draft)
  useWarnBeforeUnload(form.formState.isDirty || restored !== null)
  useDateOfBirthFromHenkilotunnus(form)
  const startOver = () => {
    draft.forget()
    setRestored(null)
    form.reset(EMPTY)
  }
  const { control, handleSubmit, setError } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)

  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      const saved = await save.mutateAsync(fields)
      form.reset(form.getValues()) // nothing unsaved: no question on reload
      draft.forget() // after the reset, which the draft keeper also hears
      navigate(`/clients/${saved.id}`, { replace: client === null })
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid-input') {
        for (const issue of error.issues) setError(issue.path as FieldPath<ClientInput>, { message: issue.message })
      } else {
        setFailure(t('errors.saveFailed'))
      }
    }
  })

  return (
    <FormProvider {...form}>
      <Title order={1} mb="md">
        {client ? t('clients.editTitle') : t('clients.newTitle')}
      </Title>
      <Paper component="form" onSubmit={submit} p="lg" withBorder maw={900} noValidate>
        <Stack gap="lg">
          {restored && (
            <NoticeAlert tone="teal" data-testid="new-client-restored">
              <Group justify="space-between" gap="sm">
                <Text>{t('clients.draftRestored')}</Text>
                <Button variant="default" size="compact-md" onClick={startOver}>
                  {t('clients.draftStartOver')}
                </Button>
              </Group>
            </NoticeAlert>
          )}
          <Section title={t('clients.sections.person')}>
            <Field name="firstName" required autoFocus />
            <Field name="lastName" required />
            <Controller
              control={control}
              name="dateOfBirth"
              render={({ field }) => (
                <DateField
                  label={t('clients.fields.dateOfBirth')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errorText('dateOfBirth')}
                />
              )}
            />
            <Field name="henkilotunnus" description={t('clients.henkilotunnusHelp')} />
            <Field name="phone" type="tel" />
            <Field name="email" type="email" />
            <Field name="municipality" />
          </Section>
          <Section title={t('clients.sections.care')}>
            <Field name="treatingUnit" />
            <Field name="nurseName" />
          </Section>
          <Section title={t('clients.sections.coaching')}>
            <Controller
              control={control}
              name="referralDate"
              render={({ field }) => (
                <DateField
                  label={t('clients.fields.referralDate')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errorText('referralDate')}
                />
              )}
            />
            <Controller
              control={control}
              name="situationAtReferral"
              render={({ field }) => (
                <NativeSelect
                  label={t('process.client.situationAtReferral')}
                  data={[
                    { value: '', label: t('process.work.notChosen') },
                    ...SITUATIONS_AT_REFERRAL.map((value) => ({
                      value,
                      label: t(`process.client.situations.${value}`),
                    })),
                  ]}
                  value={field.value ?? ''}
                  onChange={(event) => field.onChange(event.currentTarget.value || null)}
                />
              )}
            />
            <Controller
              control={control}
              name="careTeamFrequency"
              render={({ field }) => (
                <NativeSelect
                  label={t('process.client.careTeamFrequency')}
                  data={[
                    { value: '', label: t('process.work.notChosen') },
                    ...CARE_TEAM_FREQUENCIES.map((value) => ({
                      value,
                      label: t(`process.client.frequencies.${value}`),
                    })),
                  ]}
                  value={field.value ?? ''}
                  onChange={(event) => field.onChange(event.currentTarget.value || null)}
                />
              )}
            />
            <Controller
              control={control}
              name="status"
              render={({ field }) => (
                <Select
                  label={t('clients.fields.status')}
                  data={CLIENT_STATUSES.map((status) => ({ value: status, label: t(`clients.status.${status}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </Section>
          <ErrorAlert message={failure} />
          <Group>
            <Button type="submit" size="md" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
            <Button
              variant="default"
              size="md"
              onClick={() => {
                // Cancel means the coach does not want this client: nothing is kept.
                if (!client) draft.forget()
                navigate(client ? `/clients/${client.id}` : '/clients')
              }}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </FormProvider>
  )
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={2} size="h4" component="legend" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        {children}
      </SimpleGrid>
    </fieldset>
  )
}

type TextFieldName =
  'firstName' | 'lastName' | 'henkilotunnus' | 'phone' | 'email' | 'municipality' | 'treatingUnit' | 'nurseName'

function Field({
  name,
  required = false,
  autoFocus = false,
  type = 'text',
  description,
}: {
  name: TextFieldName
  required?: boolean
  autoFocus?: boolean
  type?: string
  description?: string
}) {
  const { t } = useTranslation()
  const fieldError = useFieldError()
  const { register } = useFormContext<ClientInput>()
  return (
    <TextInput
      label={t(`clients.fields.${name}`)}
      withAsterisk={required}
      autoFocus={autoFocus}
      type={type}
      description={description}
      autoComplete="off"
      spellCheck={false}
      {...register(name)}
      error={fieldError(name)}
    />
  )
}

function toInput(client: Client): ClientInput {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    dateOfBirth: client.dateOfBirth,
    henkilotunnus: client.henkilotunnus ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    municipality: client.municipality ?? '',
    treatingUnit: client.treatingUnit ?? '',
    nurseName: client.nurseName ?? '',
    referralDate: client.referralDate,
    situationAtReferral: client.situationAtReferral,
    careTeamFrequency: client.careTeamFrequency,
    status: client.status,
  }
}
