import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useForm, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  employerInputSchema,
  SECTORS,
  type Employer,
  type EmployerFields,
  type EmployerInput,
} from '@shared/employers/employer-schema'
import { ApiCallError } from '../../api/api-client'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { processErrorMessage } from '../contacts/process-errors'
import { useCreateEmployer, useUpdateEmployer } from './employer-queries'

/** A new employer (employer null) or the details of one; the Y-tunnus is checked as it is saved. */
export function EmployerFormDialog({
  employer,
  opened,
  onClose,
  onSaved,
}: {
  employer: Employer | null
  opened: boolean
  onClose: () => void
  onSaved?: (employer: Employer) => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={employer ? t('process.employers.editTitle') : t('process.employers.newTitle')}
    >
      {opened && <EmployerForm employer={employer} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

function EmployerForm({
  employer,
  onClose,
  onSaved,
}: {
  employer: Employer | null
  onClose: () => void
  onSaved?: (employer: Employer) => void
}) {
  const { t } = useTranslation()
  const create = useCreateEmployer()
  const update = useUpdateEmployer()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<EmployerInput, unknown, EmployerFields>({
    resolver: zodResolver(employerInputSchema),
    defaultValues: {
      name: employer?.name ?? '',
      businessId: employer?.businessId ?? '',
      sector: employer?.sector ?? null,
      municipality: employer?.municipality ?? '',
      note: employer?.note ?? '',
    },
  })
  const { register, handleSubmit, setError } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      const saved = employer ? await update.mutateAsync({ id: employer.id, fields }) : await create.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.employers.saved') })
      onClose()
      onSaved?.(saved)
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid-input') {
        for (const issue of error.issues) setError(issue.path as FieldPath<EmployerInput>, { message: issue.message })
      } else {
        setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
      }
    }
  })
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('process.employers.name')}
          required
          data-autofocus
          {...register('name')}
          error={errorText('name')}
        />
        <TextInput
          label={t('process.employers.businessId')}
          description={t('process.employers.businessIdHelp')}
          {...register('businessId')}
          error={errorText('businessId')}
        />
        <NativeSelect
          label={t('process.employers.sector')}
          data={[
            { value: '', label: t('process.employers.noSector') },
            ...SECTORS.map(([code, name]) => ({ value: code, label: `${code} ${name}` })),
          ]}
          {...register('sector', { setValueAs: (value: string) => value || null })}
        />
        <TextInput label={t('process.employers.municipality')} {...register('municipality')} />
        <Textarea label={t('process.employers.note')} autosize minRows={2} {...register('note')} />
        <ErrorAlert message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
