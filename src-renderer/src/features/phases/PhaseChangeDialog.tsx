import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '@shared/dates/dates'
import { PHASES, type Phase } from '@shared/phases/phase-schema'
import { DateField } from '../../forms-ui/DateField'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { useChangePhase } from './phase-queries'

/** Records a phase change: the phase, from which day (today by default), maintenance support in phase 5, a note. */
export function PhaseChangeDialog({
  clientId,
  current,
  opened,
  onClose,
}: {
  clientId: string
  current: Phase | null
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('process.phases.dialogTitle')}>
      {opened && <PhaseChangeForm clientId={clientId} current={current} onClose={onClose} />}
    </Modal>
  )
}

function PhaseChangeForm({
  clientId,
  current,
  onClose,
}: {
  clientId: string
  current: Phase | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const change = useChangePhase()
  const [phase, setPhase] = useState<Phase>(current && current < 5 ? ((current + 1) as Phase) : (current ?? 1))
  const [fromDate, setFromDate] = useState<string>(localToday())
  const [maintenance, setMaintenance] = useState(current === 5)
  const [note, setNote] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  const save = async () => {
    setFailure(null)
    try {
      await change.mutateAsync({ clientId, phase, fromDate, maintenance: phase === 5 && maintenance, note })
      notifications.show({ color: 'teal', message: t('process.phases.changed') })
      onClose()
    } catch {
      setFailure(t('errors.saveFailed'))
    }
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <Stack>
        <NativeSelect
          label={t('process.phases.phase')}
          data-autofocus
          value={String(phase)}
          onChange={(event) => setPhase(Number(event.currentTarget.value) as Phase)}
          data={PHASES.map((value) => ({ value: String(value), label: t(`phases.long.${value}`) }))}
        />
        <DateField
          label={t('process.phases.fromDate')}
          required
          clearable={false}
          value={fromDate}
          onChange={(value) => setFromDate(value ?? '')}
        />
        {phase === 5 && (
          <Checkbox
            label={t('process.phases.maintenanceLabel')}
            checked={maintenance}
            onChange={(event) => setMaintenance(event.currentTarget.checked)}
          />
        )}
        <TextInput
          label={t('process.phases.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <ErrorAlert message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} disabled={!fromDate}>
            {t('process.phases.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
