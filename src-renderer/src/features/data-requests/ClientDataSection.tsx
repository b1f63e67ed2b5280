import { Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { FileJson, FileText, History, Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { Client } from '@shared/clients/client-schema'
import { ApiCallError } from '../../api/api-client'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { clientName } from '../clients/client-name'
import { usePresentClientId } from '../privacy/ClientPresentGate'
import { useDeleteClientPermanently, useSaveClientDataJson } from './data-requests-queries'

/** On the client's page: their access log, everything about them as a printout/PDF and as a file, and deletion. */
export function ClientDataSection({ client }: { client: Client }) {
  const { t } = useTranslation()
  const saveJson = useSaveClientDataJson()
  const [deleteOpen, deleteDialog] = useDisclosure(false)
  const present = usePresentClientId() !== null

  const onSaveJson = () =>
    saveJson.mutate(client.id, {
      onSuccess: (result) => {
        if (!result) return
        notifications.show({
          color: 'teal',
          message: result.fileName
            ? t('dataRequests.jsonDownloaded', { fileName: result.fileName })
            : t('dataRequests.jsonSaved'),
        })
      },
      onError: () => notifications.show({ color: 'red.9', message: t('dataRequests.failed') }),
    })

  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="client-data-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="client-data-title">
          {t('dataRequests.title')}
        </Title>
        <Text>{t('dataRequests.intro')}</Text>
        <Group gap="sm">
          <Button
            component={Link}
            to={`/clients/${client.id}/log`}
            variant="default"
            leftSection={<History size={18} aria-hidden />}
          >
            {t('audit.open')}
          </Button>
          <Button
            component={Link}
            to={`/print/client-data/${client.id}`}
            variant="default"
            leftSection={<FileText size={18} aria-hidden />}
          >
            {t('dataRequests.pdf')}
          </Button>
          <Button
            variant="default"
            leftSection={<FileJson size={18} aria-hidden />}
            loading={saveJson.isPending}
            onClick={onSaveJson}
          >
            {t('dataRequests.json')}
          </Button>
          {!present && (
            <Button
              color="red.8"
              variant="outline"
              leftSection={<Trash2 size={18} aria-hidden />}
              onClick={deleteDialog.open}
            >
              {t('dataRequests.delete')}
            </Button>
          )}
        </Group>
      </Stack>
      <DeleteClientDialog client={client} opened={deleteOpen} onClose={deleteDialog.close} />
    </Paper>
  )
}

/** Permanent deletion: the coach types the client's name; the core checks it too. */
function DeleteClientDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const remove = useDeleteClientPermanently()
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const name = clientName(client)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      await remove.mutateAsync({ clientId: client.id, confirmName: typed })
      notifications.show({ color: 'teal', message: t('dataRequests.deleted') })
      navigate('/clients', { replace: true })
    } catch (caught) {
      setError(
        caught instanceof ApiCallError && caught.is('data/confirmation-mismatch')
          ? t('dataRequests.mismatch')
          : t('errors.unexpected'),
      )
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('dataRequests.delete')} centered size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>{t('dataRequests.deleteText')}</Text>
          <TextInput
            label={t('dataRequests.deleteConfirmLabel', { name })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            data-autofocus
          />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.8" loading={remove.isPending} disabled={typed.trim() === ''}>
              {t('dataRequests.deleteButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
