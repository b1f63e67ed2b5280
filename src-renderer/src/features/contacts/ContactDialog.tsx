// The contact log's dialog (just over 300 lines: the form, its defaults by whom and when, Ctrl+Enter and the
// employer-contact block belong together; the pickers and employer fields are in ContactPickers.tsx).
import { zodResolver } from '@hookform/resolvers/zod'
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  CONTACT_MODES,
  CONTACT_SETTINGS,
  CONTACT_WITH,
  contactInputSchema,
  type Contact,
  type ContactFields,
  type ContactInput,
} from '@shared/contacts/contact-schema'
import { localToday } from '@shared/dates/dates'
import { defaultCodeFor, isCodeValidOn } from '@shared/procedure-codes/procedure-code-schema'
import { ApiCallError } from '../../api/api-client'
import { DateField } from '../../forms-ui/DateField'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { NumberValueInput } from '../../forms-ui/FinnishNumberInput'
import { WHOLE } from '../../forms-ui/finnish-number'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { useClientConsents } from '../forms/form-queries'
import { useLanguage } from '../../i18n/document-language'
import { procedureCodeLabel } from '../procedure-codes/procedure-code-labels'
import { useProcedureCodes } from '../procedure-codes/procedure-code-queries'
import { useCreateContact, useUpdateContact } from './contact-queries'
import { employerContactBlock } from './employer-contact-block'
import { processErrorMessage } from './process-errors'
import { ClientPicker, EmployerContactFields, EmployerPicker } from './ContactPickers'
import { NoticeAlert } from '../../forms-ui/NoticeAlert'

type Props = {
  opened: boolean
  onClose: () => void
  /** The client the contact is about (client page); absent: chosen in the dialog (home screen). */
  clientId?: string | null
  /** The employer (employer page): an employer contact, about a client or general. */
  employerId?: string | null
  /** Editing an existing contact. */
  contact?: Contact | null
  /** Whom a new contact is with, when the caller knows (a reminder on the home page); default: the client. */
  initialWith?: ContactInput['withWhom']
}

/** The contact log's dialog: today, face to face with the client and the usual code by default; Ctrl+Enter saves. */
export function ContactDialog(props: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.contact ? t('process.contacts.editTitle') : t('process.contacts.dialogTitle')}
      size="lg"
    >
      {props.opened && <ContactForm {...props} />}
    </Modal>
  )
}

function initialValues(props: Props): ContactInput {
  const contact = props.contact
  if (contact) {
    return { ...contact, startTime: contact.startTime ?? '', nextStep: contact.nextStep ?? '' }
  }
  return {
    clientId: props.clientId ?? null,
    employerId: props.employerId ?? null,
    employerPersonId: null,
    onDate: localToday(),
    startTime: '',
    durationMinutes: null,
    withWhom: props.initialWith ?? (props.employerId ? 'employer' : 'client'),
    mode: 'face-to-face',
    reached: true,
    setting: 'community',
    procedureCodeId: null,
    note: '',
    purposes: [],
    outcome: null,
    nextStep: '',
    nextStepOn: null,
    clientPresent: null,
  }
}

function ContactForm(props: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const create = useCreateContact()
  const update = useUpdateContact()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<ContactInput, unknown, ContactFields>({
    resolver: zodResolver(contactInputSchema),
    defaultValues: initialValues(props),
  })
  const { control, handleSubmit, setValue, setError, register } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const [withWhom, mode, clientId, employerId, onDate] = useWatch({
    control,
    name: ['withWhom', 'mode', 'clientId', 'employerId', 'onDate'],
  })
  const fixedClient = props.clientId !== undefined && props.clientId !== null
  const fixedEmployer = Boolean(props.employerId)
  const isEmployerContact = withWhom === 'employer'

  const codes = useProcedureCodes()
  const usableCodes = useMemo(
    () => (codes.data ?? []).filter((code) => isCodeValidOn(code, onDate || localToday())),
    [codes.data, onDate],
  )
  // The usual code follows whom the contact is with, until the coach picks one.
  const codeTouched = useRef(Boolean(props.contact))
  useEffect(() => {
    if (codeTouched.current || usableCodes.length === 0) return
    const wanted = defaultCodeFor(withWhom ?? 'client')
    setValue('procedureCodeId', usableCodes.find((code) => code.code === wanted)?.id ?? null)
  }, [withWhom, usableCodes, setValue])

  const consents = useClientConsents(isEmployerContact && clientId ? clientId : '')
  const block = isEmployerContact && clientId ? employerContactBlock(consents.data) : null

  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      if (props.contact) await update.mutateAsync({ id: props.contact.id, fields })
      else await create.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.contacts.saved') })
      props.onClose()
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid-input') {
        for (const issue of error.issues) setError(issue.path as FieldPath<ContactInput>, { message: issue.message })
      } else {
        setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
      }
    }
  })

  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          void submit()
        }
      }}
    >
      <Stack gap="md">
        {!fixedClient && (
          <ClientPicker
            control={control}
            optional={fixedEmployer}
            error={errorText('clientId')}
            autoFocus={!props.contact}
          />
        )}
        {isEmployerContact && !fixedEmployer && <EmployerPicker control={control} error={errorText('employerId')} />}
        <Textarea
          label={t('process.contacts.note')}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus={fixedClient ? true : undefined}
          {...register('note')}
          error={errorText('note')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Controller
            control={control}
            name="onDate"
            render={({ field }) => (
              <DateField
                label={t('process.contacts.onDate')}
                required
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errorText('onDate')}
                clearable={false}
              />
            )}
          />
          <TextInput
            label={t('process.contacts.startTime')}
            placeholder="tt:mm"
            {...register('startTime')}
            error={errorText('startTime')}
          />
          <Controller
            control={control}
            name="durationMinutes"
            render={({ field }) => (
              <NumberValueInput
                label={t('process.contacts.durationMinutes')}
                format={WHOLE}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ?? null}
                onChange={field.onChange}
                error={errorText('durationMinutes')}
              />
            )}
          />
        </SimpleGrid>
        {!fixedEmployer && (
          <Controller
            control={control}
            name="withWhom"
            render={({ field }) => (
              <LabelledSegmentedControl
                label={t('process.contacts.withWhom')}
                value={field.value}
                onChange={field.onChange}
                data={CONTACT_WITH.map((value) => ({ value, label: t(`process.contacts.withWhomLabels.${value}`) }))}
              />
            )}
          />
        )}
        <Controller
          control={control}
          name="mode"
          render={({ field }) => (
            <LabelledSegmentedControl
              label={t('process.contacts.mode')}
              value={field.value}
              onChange={field.onChange}
              data={CONTACT_MODES.map((value) => ({ value, label: t(`process.contacts.modes.${value}`) }))}
            />
          )}
        />
        {mode === 'face-to-face' && (
          <Controller
            control={control}
            name="setting"
            render={({ field }) => (
              <LabelledSegmentedControl
                label={t('process.contacts.setting')}
                value={field.value ?? 'community'}
                onChange={field.onChange}
                data={CONTACT_SETTINGS.map((value) => ({ value, label: t(`process.contacts.settings.${value}`) }))}
              />
            )}
          />
        )}
        <Controller
          control={control}
          name="reached"
          render={({ field }) => (
            <Checkbox
              label={t('process.contacts.reached')}
              description={t('process.contacts.reachedHelp')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <Controller
          control={control}
          name="procedureCodeId"
          render={({ field }) => (
            <NativeSelect
              label={t('process.contacts.code')}
              value={field.value ?? ''}
              onChange={(event) => {
                codeTouched.current = true
                field.onChange(event.currentTarget.value || null)
              }}
              data={[
                { value: '', label: t('process.contacts.noCode') },
                ...usableCodes.map((code) => ({
                  value: code.id,
                  label: `${code.code} ${procedureCodeLabel(code, language)}`,
                })),
              ]}
            />
          )}
        />
        {isEmployerContact && <EmployerContactFields control={control} employerId={employerId} clientId={clientId} />}
        {block && (
          <NoticeAlert tone="orange" role="alert" data-testid="employer-contact-blocked">
            {t(`process.contacts.blocked.${block}`)}
          </NoticeAlert>
        )}
        <ErrorAlert message={failure} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('process.contacts.saveHint')}
          </Text>
          <Button type="submit" size="md" loading={form.formState.isSubmitting} disabled={block !== null}>
            {t('process.contacts.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
