import { zodResolver } from '@hookform/resolvers/zod'
import {
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { localToday } from '@shared/dates/dates'
import { contractTypeOptions, howFoundOptions } from '@shared/jobs/job-options'
import { jobStartSchema, type JobStartInput } from '@shared/jobs/job-schema'
import type { z } from 'zod'
import { ApiCallError } from '../../api/api-client'
import { DateField } from '../../forms-ui/DateField'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { NumberValueInput } from '../../forms-ui/FinnishNumberInput'
import { HOURS, MONEY, PERCENT } from '../../forms-ui/finnish-number'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { processErrorMessage } from '../contacts/process-errors'
import { useEmployerList } from '../employers/employer-queries'
import { useStartJob } from './job-queries'

type JobStartOutput = z.output<typeof jobStartSchema>

/** "Työ alkoi": the job start record (research §4.8) with the competitive-job test. */
export function JobStartDialog({
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
    <Modal opened={opened} onClose={onClose} title={t('process.work.startTitle')} size="lg">
      {opened && <JobStartForm clientId={clientId} onClose={onClose} />}
    </Modal>
  )
}

function JobStartForm({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const start = useStartJob()
  const employers = useEmployerList('')
  const [employerText, setEmployerText] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<JobStartInput, unknown, JobStartOutput>({
    resolver: zodResolver(jobStartSchema),
    defaultValues: {
      clientId,
      employerId: null,
      newEmployerName: null,
      title: '',
      jobType: '',
      startedOn: localToday(),
      paidHoursOn: null,
      hoursPerWeek: undefined as unknown as number,
      wagePerHour: null,
      contractType: 'permanent',
      fixedTermUntil: null,
      wageSubsidy: false,
      wageSubsidyPercent: null,
      wageAsCoworkers: false,
      openToAnyone: false,
      serviceTimeLimit: false,
      howFound: null,
      note: '',
    },
  })
  const { control, register, setValue, setError, handleSubmit } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const [contractType, wageSubsidy] = useWatch({ control, name: ['contractType', 'wageSubsidy'] })

  const chooseEmployer = (text: string) => {
    setEmployerText(text)
    const match = (employers.data ?? []).find((employer) => employer.name.toLowerCase() === text.trim().toLowerCase())
    setValue('employerId', match?.id ?? null)
    setValue('newEmployerName', match ? null : text)
  }

  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      await start.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.work.jobSaved') })
      onClose()
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid-input') {
        for (const issue of error.issues) setError(issue.path as FieldPath<JobStartInput>, { message: issue.message })
      } else {
        setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
      }
    }
  })

  const formats = { hoursPerWeek: HOURS, wagePerHour: MONEY, wageSubsidyPercent: PERCENT }
  const number = (name: keyof typeof formats, label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberValueInput
          label={label}
          required={name === 'hoursPerWeek'}
          format={formats[name]}
          ref={field.ref}
          onBlur={field.onBlur}
          value={field.value ?? null}
          onChange={field.onChange}
          error={errorText(name)}
        />
      )}
    />
  )
  const check = (name: 'wageAsCoworkers' | 'openToAnyone' | 'serviceTimeLimit' | 'wageSubsidy', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          label={label}
          checked={field.value}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
        />
      )}
    />
  )

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Autocomplete
          label={t('process.work.employer')}
          description={t('process.work.employerHelp')}
          required
          data-autofocus
          data={(employers.data ?? []).map((employer) => employer.name)}
          value={employerText}
          onChange={chooseEmployer}
          error={errorText('employerId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('process.work.jobTitle')} required {...register('title')} error={errorText('title')} />
          <TextInput label={t('process.work.jobType')} {...register('jobType')} error={errorText('jobType')} />
          <Controller
            control={control}
            name="startedOn"
            render={({ field }) => (
              <DateField
                label={t('process.work.startedOn')}
                required
                clearable={false}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                error={errorText('startedOn')}
              />
            )}
          />
          <Controller
            control={control}
            name="paidHoursOn"
            render={({ field }) => (
              <DateField
                label={t('process.work.paidHoursOn')}
                description={t('process.work.paidHoursHelp')}
                value={field.value}
                onChange={field.onChange}
                error={errorText('paidHoursOn')}
              />
            )}
          />
          {number('hoursPerWeek', t('process.work.hoursPerWeek'))}
          {number('wagePerHour', t('process.work.wagePerHour'))}
          <NativeSelect
            label={t('process.work.contractType')}
            data={contractTypeOptions.map((option) => ({ value: option.value, label: option.label }))}
            {...register('contractType')}
          />
          {contractType === 'fixed-term' && (
            <Controller
              control={control}
              name="fixedTermUntil"
              render={({ field }) => (
                <DateField
                  label={t('process.work.fixedTermUntil')}
                  value={field.value}
                  onChange={field.onChange}
                  error={errorText('fixedTermUntil')}
                />
              )}
            />
          )}
        </SimpleGrid>
        <Fieldset legend={t('process.work.competitiveTest')}>
          <Stack gap="xs">
            {check('wageAsCoworkers', t('process.work.wageAsCoworkers'))}
            {check('openToAnyone', t('process.work.openToAnyone'))}
            {check('serviceTimeLimit', t('process.work.serviceTimeLimit'))}
            {check('wageSubsidy', t('process.work.wageSubsidy'))}
            {wageSubsidy && number('wageSubsidyPercent', t('process.work.wageSubsidyPercent'))}
          </Stack>
        </Fieldset>
        <Controller
          control={control}
          name="howFound"
          render={({ field }) => (
            <NativeSelect
              label={t('process.work.howFound')}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.currentTarget.value || null)}
              data={[{ value: '', label: t('process.work.notChosen') }, ...howFoundOptions]}
            />
          )}
        />
        <TextInput label={t('process.work.note')} {...register('note')} />
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
