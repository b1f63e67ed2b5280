import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { Save } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Client } from '@shared/clients/client-schema'
import type { SaveCalculationInput } from '@shared/calculator/calculator-schema'
import { clientName } from '../clients/client-name'
import { useSaveCalculation } from './calculator-queries'
import { ClientPicker, type ClientChoice } from './ClientPicker'

/** "Tallenna": the client (fixed, or chosen with the picker) and the save button, enabled only for a valid form. */
export function SavePanel({
  client,
  toSave,
  onSaved,
}: {
  client: Client | null
  /** what would be saved (without the client), or null while the form has a problem */
  toSave: Omit<SaveCalculationInput, 'clientId'> | null
  /** after saving, before leaving for the saved calculation (the unsaved input is forgotten) */
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const save = useSaveCalculation()
  const [chosen, setChosen] = useState<ClientChoice | null>(client ? { id: client.id, name: clientName(client) } : null)
  const [failed, setFailed] = useState(false)
  const onSave = async () => {
    if (!toSave || !chosen) return
    setFailed(false)
    try {
      const saved = await save.mutateAsync({ clientId: chosen.id, ...toSave })
      notifications.show({
        message: t('calculator.save.saved'),
        color: '#1e6b30',
        closeButtonProps: { 'aria-label': t('calculator.closeNotice') },
      })
      onSaved()
      navigate(`/calculations/${saved.id}`)
    } catch {
      setFailed(true)
    }
  }
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-save-heading">
      <Title order={2} size="h3" mb="sm" id="calc-save-heading">
        {t('calculator.sections.save')}
      </Title>
      <Stack gap="sm">
        {!client && <ClientPicker value={chosen} onChange={setChosen} />}
        <Text size="sm">{t('calculator.save.help')}</Text>
        {failed && (
          <Alert color="red" role="alert">
            <Text c="red.9">{t('calculator.save.failed')}</Text>
          </Alert>
        )}
        <Button
          leftSection={<Save size={18} aria-hidden />}
          size="md"
          onClick={() => void onSave()}
          disabled={!toSave || !chosen}
          loading={save.isPending}
          w="fit-content"
        >
          {t('calculator.save.button')}
        </Button>
      </Stack>
    </Paper>
  )
}
