import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { localToday } from '@shared/dates/dates'
import { educationEndTypeOptions, educationTypeOptions } from '@shared/jobs/job-options'
import {
  educationEndSchema,
  educationStartSchema,
  type Education,
  type EducationEndInput,
  type EducationStartInput,
} from '@shared/jobs/job-schema'
import { DateField } from '../../forms-ui/DateField'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { processErrorMessage } from '../contacts/process-errors'
import { useEndEducation, useStartEducation } from './job-queries'

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
  const start = useStartEducation()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<EducationStartInput, unknown, z.output<typeof educationStartSchema>>({
    resolver: zodResolver(educationStartSchema),
    defaultValues: { clientId, educationType: '', institution: '', programme: '', startedOn: localToday(), note: '' },
  })
  const { control, register, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      await start.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.work.educationSaved') })
      onClose()
    } catch (error) {
      setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
    }
  })
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <NativeSelect
          label={t('process.work.educationType')}
          required
          data-autofocus
          data={[{ value: '', label: t('process.work.notChosen') }, ...educationTypeOptions]}
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
        <ErrorAlert message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={start.isPending}>
            {t('process.work.save')}
          </Button>
        </Group>
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
  const end = useEndEducation()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<EducationEndInput, unknown, z.output<typeof educationEndSchema>>({
    resolver: zodResolver(educationEndSchema),
    defaultValues: { educationId: course.id, endedOn: localToday(), endType: '' },
  })
  const { control, register, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      await end.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.work.educationSaved') })
      onClose()
    } catch (error) {
      setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
    }
  })
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
          data={[{ value: '', label: t('process.work.notChosen') }, ...educationEndTypeOptions]}
          {...register('endType')}
          error={errorText('endType')}
        />
        <ErrorAlert message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={end.isPending}>
            {t('process.work.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
