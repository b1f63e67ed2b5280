import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { localToday } from '@shared/dates/dates'
import { jobEndFactorOptions, jobEndTypeOptions, jobNextStepOptions } from '@shared/jobs/job-options'
import { jobEndSchema, type Job, type JobEndInput } from '@shared/jobs/job-schema'
import { DateField } from '../../forms-ui/DateField'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { processErrorMessage } from '../contacts/process-errors'
import { useEndJob } from './job-queries'

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
  const end = useEndJob()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<JobEndInput, unknown, z.output<typeof jobEndSchema>>({
    resolver: zodResolver(jobEndSchema),
    defaultValues: { jobId: job.id, endedOn: localToday(), endType: '', endFactors: [], lessons: '', nextStep: null },
  })
  const { control, register, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      await end.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.work.jobEnded') })
      onClose()
    } catch (error) {
      setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
    }
  })
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
            data={[{ value: '', label: t('process.work.notChosen') }, ...jobEndTypeOptions]}
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
                {jobEndFactorOptions.map((option) => (
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
              data={[{ value: '', label: t('process.work.notChosen') }, ...jobNextStepOptions]}
            />
          )}
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
