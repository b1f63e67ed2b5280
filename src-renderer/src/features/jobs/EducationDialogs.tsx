import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, NativeSelect, Stack, TextInput } from '@mantine/core'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { localToday } from '@shared/dates/dates'
import {
  educationEndSchema,
  educationStartSchema,
  type Education,
  type EducationEndInput,
  type EducationStartInput,
} from '@shared/jobs/job-schema'
import { DateField } from '../../forms-ui/DateField'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { RecordDialogActions, useRecordSave } from '../contacts/record-save'
import { useEndEducation, useStartEducation } from './job-queries'
import { recordChoices } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'

/** "Opinnot alkoivat": the studies the outcome report counts (research §4.6, 6.9). */
export function EducationStartDialog({
  clientId,
  opened,
  onClose,
}: {
  clientId: string
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('process.work.educationTitle')}>
      {opened && <EducationStartForm clientId={clientId} onClose={onClose} />}
    </Modal>
  )
}

function EducationStartForm({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const start = useStartEducation()
  const form = useForm<EducationStartInput, unknown, z.output<typeof educationStartSchema>>({
    resolver: zodResolver(educationStartSchema),
    defaultValues: { clientId, educationType: '', institution: '', programme: '', startedOn: localToday(), note: '' },
  })
  const { control, register, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const { failure, run } = useRecordSave({
    save: start.mutateAsync,
    savedMessage: t('process.work.educationSaved'),
    onSaved: onClose,
  })
  const submit = handleSubmit(run)
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <NativeSelect
          label={t('process.work.educationType')}
          required
          data-autofocus
          data={[{ value: '', label: t('process.work.notChosen') }, ...recordChoices('educationType', language)]}
          {...register('educationType')}
          error={errorText('educationType')}
        />
        <TextInput
          label={t('process.work.institution')}
          required
          {...register('institution')}
          error={errorText('institution')}
        />
        <TextInput label={t('process.work.programme')} {...register('programme')} />
        <Controller
          control={control}
          name="startedOn"
          render={({ field }) => (
            <DateField
              label={t('process.work.educationStartedOn')}
              required
              clearable={false}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              error={errorText('startedOn')}
            />
          )}
        />
        <RecordDialogActions failure={failure} saving={start.isPending} onCancel={onClose} />
      </Stack>
    </form>
  )
}

/** "Opinnot päättyivät": completed, interrupted or other. */
export function EducationEndDialog({ course, onClose }: { course: Education | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal opened={course !== null} onClose={onClose} title={t('process.work.educationEndTitle')}>
      {course && <EducationEndForm course={course} onClose={onClose} />}
    </Modal>
  )
}

function EducationEndForm({ course, onClose }: { course: Education; onClose: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const end = useEndEducation()
  const form = useForm<EducationEndInput, unknown, z.output<typeof educationEndSchema>>({
    resolver: zodResolver(educationEndSchema),
    defaultValues: { educationId: course.id, endedOn: localToday(), endType: '' },
  })
  const { control, register, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const { failure, run } = useRecordSave({
    save: end.mutateAsync,
    savedMessage: t('process.work.educationSaved'),
    onSaved: onClose,
  })
  const submit = handleSubmit(run)
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Controller
          control={control}
          name="endedOn"
          render={({ field }) => (
            <DateField
              label={t('process.work.endedOn')}
              required
              clearable={false}
              data-autofocus
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              error={errorText('endedOn')}
            />
          )}
        />
        <NativeSelect
          label={t('process.work.educationEndType')}
          required
          data={[{ value: '', label: t('process.work.notChosen') }, ...recordChoices('educationEndType', language)]}
          {...register('endType')}
          error={errorText('endType')}
        />
        <RecordDialogActions failure={failure} saving={end.isPending} onCancel={onClose} />
      </Stack>
    </form>
  )
}
