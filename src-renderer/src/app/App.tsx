import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import 'dayjs/locale/en-gb'
import 'dayjs/locale/fi'
import 'dayjs/locale/sv-fi'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createApiClient } from '../api/api-client'
import { ApiContext } from '../api/api-context'
import type { Transport } from '../api/transport'
import { VaultGate } from '../features/vault/VaultGate'
import { VAULT_STATUS_KEY } from '../features/vault/vault-queries'
import { theme } from './theme'

export function App({ transport }: { transport: Transport }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  )
  const [api] = useState(() =>
    createApiClient(transport, () => void queryClient.invalidateQueries({ queryKey: VAULT_STATUS_KEY })),
  )
  // The calendar's month and day names follow the app's language (Finland-Swedish for Swedish).
  const { i18n } = useTranslation()
  const locale = i18n.language === 'sv' ? 'sv-fi' : i18n.language === 'en' ? 'en-gb' : 'fi'
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
        <Notifications position="top-center" />
        <QueryClientProvider client={queryClient}>
          <ApiContext.Provider value={api}>
            <VaultGate />
          </ApiContext.Provider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  )
}
