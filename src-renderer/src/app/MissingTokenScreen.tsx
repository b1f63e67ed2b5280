import { Alert, Center, MantineProvider } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { theme } from './theme'

/** Browser mode opened without the one-time address printed at start-up. */
export function MissingTokenScreen() {
  const { t } = useTranslation()
  return (
    <MantineProvider theme={theme}>
      <Center mih="100vh" p="xl">
        <Alert color="orange" title={t('browserMode.missingTokenTitle')} maw={560} role="alert">
          {t('browserMode.missingTokenText')}
        </Alert>
      </Center>
    </MantineProvider>
  )
}
