import { Alert, Button, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { Save } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Client } from '@shared/clients/client-schema'
import { clientName } from '../clients/client-name'
import { useClientList } from '../clients/client-queries'
import { parseForm, wageEntryOf, type CalcFormValues } from './calculator-form'
import { useSaveCalculation } from './calculator-queries'

export function SavePanel({
  client,
  values,
  canSave,
}: {
  client: Client | null
  values: CalcFormValues
  canSave: boolean
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const save = useSaveCalculation()
  const clients = useClientList('', false)
  const [chosenClient, setChosenClient] = useState<string | null>(client?.id ?? null)
  const [failed, setFailed] = useState(false)
  const onSave = async () => {
    const parsed = parseForm(values)
    if (!parsed.ok || !chosenClient) return
    setFailed(false)
    try {
      const saved = await save.mutateAsync({
        clientId: chosenClient,
        input: parsed.input,
        wageEntry: wageEntryOf(values),
        ...(values.yearOpen
          ? {
              yearPlan: {
                startMonth: parsed.input.month,
                grossWages: values.yearWages.map((wage) => (wage === '' ? 0 : wage)),
              },
            }
          : {}),
      })
      notifications.show({
        message: t('calculator.save.saved'),
        color: '#1e6b30',
        closeButtonProps: { 'aria-label': t('calculator.closeNotice') },
      })
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
        {!client && (
          <Select
            label={t('calculator.save.client')}
            placeholder={t('calculator.save.clientPlaceholder')}
            data={(clients.data ?? []).map((item) => ({ value: item.id, label: clientName(item) }))}
            value={chosenClient}
            onChange={setChosenClient}
            searchable
            size="md"
          />
        )}
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
          disabled={!canSave || !chosenClient}
          loading={save.isPending}
          w="fit-content"
        >
          {t('calculator.save.button')}
        </Button>
      </Stack>
    </Paper>
  )
}
