import { zodResolver } from '@hookform/resolvers/zod'
import { Autocomplete, Checkbox, Fieldset, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { localToday } from '@shared/dates/dates'
import { jobStartSchema, type JobStartInput } from '@shared/jobs/job-schema'
import type { z } from 'zod'
import { DateField } from '../../forms-ui/DateField'
import { NumberValueInput } from '../../forms-ui/FinnishNumberInput'
import { HOURS, MONEY, PERCENT } from '../../forms-ui/finnish-number'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { RecordDialogActions, useRecordSave } from '../contacts/record-save'
import { useEmployerList } from '../employers/employer-queries'
import { useStartJob } from './job-queries'
import { recordChoices } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'

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
  const language = useLanguage()
  const start = useStartJob()
  const employers = useEmployerList('')
  const [employerText, setEmployerText] = useState('')
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

  const { failure, run } = useRecordSave({
    save: start.mutateAsync,
    savedMessage: t('process.work.jobSaved'),
    onSaved: onClose,
    setError,
  })
  const submit = handleSubmit(run)

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
            data={recordChoices('contractType', language)}
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
              data={[{ value: '', label: t('process.work.notChosen') }, ...recordChoices('howFound', language)]}
            />
          )}
        />
        <TextInput label={t('process.work.note')} {...register('note')} />
        <RecordDialogActions failure={failure} saving={start.isPending} onCancel={onClose} />
      </Stack>
    </form>
  )
}
