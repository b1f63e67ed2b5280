import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  employerInputSchema,
  type Employer,
  type EmployerFields,
  type EmployerInput,
} from '@shared/employers/employer-schema'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { RecordDialogActions, useRecordSave } from '../contacts/record-save'
import { useCreateEmployer, useUpdateEmployer } from './employer-queries'
import { recordChoices } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'

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
  const language = useLanguage()
  const create = useCreateEmployer()
  const update = useUpdateEmployer()
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
  const { failure, run } = useRecordSave({
    save: (fields: EmployerFields) =>
      employer ? update.mutateAsync({ id: employer.id, fields }) : create.mutateAsync(fields),
    savedMessage: t('process.employers.saved'),
    onSaved: (saved) => {
      onClose()
      onSaved?.(saved)
    },
    setError,
  })
  const submit = handleSubmit(run)
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
            ...recordChoices('sector', language).map(({ value, label }) => ({ value, label: `${value} ${label}` })),
          ]}
          {...register('sector', { setValueAs: (value: string) => value || null })}
        />
        <TextInput label={t('process.employers.municipality')} {...register('municipality')} />
        <Textarea label={t('process.employers.note')} autosize minRows={2} {...register('note')} />
        <RecordDialogActions failure={failure} saving={form.formState.isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  )
}
