import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import SignaturePad from 'signature_pad'
import { localToday } from '@shared/forms'
import { useSignForm } from './form-queries'
import { DateField } from '../../forms-ui/DateField'

export type SignatureTarget = {
  role: string
  roleLabel: string
  name: string
  place: string
  method: 'screen' | 'paper'
}

const PAD_WIDTH = 560
const PAD_HEIGHT = 200

/** Records one signature for a version: drawn on screen (pointer, touch, mouse) or signed on paper. */
export function SignatureDialog({
  target,
  versionId,
  contentHash,
  onClose,
  onSaved,
}: {
  target: SignatureTarget | null
  versionId: string
  contentHash: string
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size={PAD_WIDTH + 80}
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
      centered
      title={
        target
          ? t(target.method === 'screen' ? 'forms.sign.dialogScreen' : 'forms.sign.dialogPaper', {
              role: target.roleLabel,
            })
          : ''
      }
    >
      {target && (
        <SignatureForm
          key={`${target.role}-${target.method}`}
          target={target}
          versionId={versionId}
          contentHash={contentHash}
          onSaved={onSaved}
          onCancel={onClose}
        />
      )}
    </Modal>
  )
}

function SignatureForm({
  target,
  versionId,
  contentHash,
  onSaved,
  onCancel,
}: {
  target: SignatureTarget
  versionId: string
  contentHash: string
  onSaved: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const sign = useSignForm()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const [name, setName] = useState(target.name)
  const [place, setPlace] = useState(target.place)
  const [date, setDate] = useState<string>(localToday())
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || target.method !== 'screen') return
    const ratio = Math.max(window.devicePixelRatio || 1, 1)
    canvas.width = PAD_WIDTH * ratio
    canvas.height = PAD_HEIGHT * ratio
    canvas.getContext('2d')?.scale(ratio, ratio)
    const pad = new SignaturePad(canvas, {
      penColor: '#0b1f5c',
      minWidth: 0.8,
      maxWidth: 2.6,
      backgroundColor: 'rgba(0,0,0,0)',
    })
    padRef.current = pad
    return () => {
      pad.off()
      padRef.current = null
    }
  }, [target.method])

  const save = async () => {
    setError(null)
    const pad = padRef.current
    if (target.method === 'screen' && (!pad || pad.isEmpty())) {
      setError(t('forms.sign.emptyPad'))
      return
    }
    if (!name.trim()) {
      setError(t('errors.required'))
      return
    }
    setSaving(true)
    try {
      await sign.mutateAsync({
        versionId,
        contentHash,
        method: target.method,
        signerRole: target.role,
        signerName: name.trim(),
        signedOn: date || localToday(),
        place: place.trim() || null,
        imageDataUrl: target.method === 'screen' ? pad!.toDataURL('image/png') : null,
      })
      notifications.show({
        closeButtonProps: { 'aria-label': t('forms.closeNotification') },
        message: t('forms.sign.saved'),
      })
      onSaved()
    } catch {
      setError(t('errors.saveFailed'))
    } finally {
      setSaving(false)
    }
  }

  // A form: Enter in the name, place or date saves, as in any dialog.
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <Stack gap="md">
        {target.method === 'screen' && (
          <div>
            <Text id="signature-pad-label" mb={6}>
              {t('forms.sign.padLabel')}
            </Text>
            <canvas
              ref={canvasRef}
              data-testid="signature-pad"
              aria-labelledby="signature-pad-label"
              role="img"
              style={{
                width: PAD_WIDTH,
                height: PAD_HEIGHT,
                maxWidth: '100%',
                border: '1px solid var(--mantine-color-gray-6)',
                borderRadius: 8,
                background: '#fff',
                touchAction: 'none',
                display: 'block',
              }}
            />
            <Group justify="flex-end" mt={6}>
              <Button variant="subtle" onClick={() => padRef.current?.clear()}>
                {t('forms.sign.clear')}
              </Button>
            </Group>
          </div>
        )}
        <TextInput
          label={t('forms.sign.signerName')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          size="md"
        />
        <Group grow>
          <TextInput
            label={t('forms.sign.place')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            size="md"
          />
          <DateField label={t('forms.sign.date')} value={date} onChange={(value) => setDate(value ?? '')} size="md" />
        </Group>
        {error && (
          <Text c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('forms.sign.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
