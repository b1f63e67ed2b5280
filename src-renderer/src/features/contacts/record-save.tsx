import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../api/api-client'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { processErrorMessage } from './process-errors'

type RecordSaveOptions<Fields extends FieldValues, Saved> = {
  save: (fields: Fields) => Promise<Saved>
  /** The message shown once the record is saved. */
  savedMessage: string
  /** After saving: close the dialog, clear the form… */
  onSaved: (saved: Saved) => void
  /** Given: the core's field-level refusals are shown at their fields instead of as one message. */
  setError?: UseFormSetError<Fields>
}

/**
 * Saving a process record (a job, a course, a contact, an employer, a code): the record is saved, the coach is told,
 * and a refusal is shown in Finnish words the coach can act on (`processErrorMessage`), or "saving failed".
 */
export function useRecordSave<Fields extends FieldValues, Saved>(options: RecordSaveOptions<Fields, Saved>) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<string | null>(null)
  const run = async (fields: Fields) => {
    setFailure(null)
    try {
      const saved = await options.save(fields)
      notifications.show({ color: 'teal', message: options.savedMessage })
      options.onSaved(saved)
    } catch (error) {
      if (options.setError && error instanceof ApiCallError && error.code === 'invalid-input') {
        for (const issue of error.issues) options.setError(issue.path as Path<Fields>, { message: issue.message })
      } else {
        setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
      }
    }
  }
  return { failure, run }
}

/** The foot of a record dialog: why saving failed, if it did, then Cancel and Save. */
export function RecordDialogActions({
  failure,
  saving,
  onCancel,
}: {
  failure: string | null
  saving: boolean
  onCancel: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <ErrorAlert message={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  )
}
