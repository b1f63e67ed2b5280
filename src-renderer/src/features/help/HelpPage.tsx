import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useVaultStatus } from '../vault/vault-queries'

const TOPICS = [
  'help.vault',
  'help.lock',
  'help.recovery',
  'help.backup',
  'help.clients',
  'help.henkilotunnus',
  'forms.help',
  'calculator.help',
  'help.process',
  'help.review',
  'help.privacy',
  'language.help',
  'help.data',
] as const

/** In-app help: short answers to what a coach asks in the first week. Kept true to what the app does. */
export function HelpPage() {
  const { t } = useTranslation()
  const status = useVaultStatus()
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t('help.title')}</Title>
      {TOPICS.map((topic) => (
        <Paper key={topic} p="lg" withBorder>
          <Title order={2} size="h3" mb="xs">
            {t(`${topic}.title`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {t(`${topic}.text`, { folder: status.data?.dataDir ?? '' })}
          </Text>
        </Paper>
      ))}
    </Stack>
  )
}
