import { zodResolver } from '@hookform/resolvers/zod'
import { Checkbox, Modal, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { localToday } from '@shared/dates/dates'
import { jobEndSchema, type Job, type JobEndInput } from '@shared/jobs/job-schema'
import { DateField } from '../../forms-ui/DateField'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { RecordDialogActions, useRecordSave } from '../contacts/record-save'
import { useEndJob } from './job-queries'
import { recordChoices } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'

/** "Työ päättyi": how the job ended, what contributed and what was learned (it flows into the next profile). */
export function JobEndDialog({ job, onClose }: { job: Job | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={job !== null}
      onClose={onClose}
      title={`${t('process.work.endTitle')}: ${job?.title ?? ''}`}
      size="lg"
    >
      {job && <JobEndForm job={job} onClose={onClose} />}
    </Modal>
  )
}

function JobEndForm({ job, onClose }: { job: Job; onClose: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const end = useEndJob()
  const form = useForm<JobEndInput, unknown, z.output<typeof jobEndSchema>>({
    resolver: zodResolver(jobEndSchema),
    defaultValues: { jobId: job.id, endedOn: localToday(), endType: '', endFactors: [], lessons: '', nextStep: null },
  })
  const { control, register, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const { failure, run } = useRecordSave({
    save: end.mutateAsync,
    savedMessage: t('process.work.jobEnded'),
    onSaved: onClose,
  })
  const submit = handleSubmit(run)
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
            label={t('process.work.endType')}
            required
            data={[{ value: '', label: t('process.work.notChosen') }, ...recordChoices('jobEndType', language)]}
            {...register('endType')}
            error={errorText('endType')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="endFactors"
          render={({ field }) => (
            <Checkbox.Group label={t('process.work.endFactors')} value={field.value ?? []} onChange={field.onChange}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4} spacing={6}>
                {recordChoices('jobEndFactor', language).map((option) => (
                  <Checkbox key={option.value} value={option.value} label={option.label} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Textarea
          label={t('process.work.lessons')}
          required
          autosize
          minRows={3}
          {...register('lessons')}
          error={errorText('lessons')}
        />
        <Controller
          control={control}
          name="nextStep"
          render={({ field }) => (
            <NativeSelect
              label={t('process.work.nextStep')}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.currentTarget.value || null)}
              data={[{ value: '', label: t('process.work.notChosen') }, ...recordChoices('jobNextStep', language)]}
            />
          )}
        />
        <RecordDialogActions failure={failure} saving={end.isPending} onCancel={onClose} />
      </Stack>
    </form>
  )
}
