import { Affix, Button, Paper, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Calculator, LockOpen, User } from 'lucide-react'
import { createContext, useCallback, useContext, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, matchPath, useLocation } from 'react-router'
import { EndClientPresentDialog } from './EndClientPresentDialog'
import { usePrivacyStatus } from './privacy-queries'

const PresentClientContext = createContext<string | null>(null)

/** The client who is present (the only one the app may show), or null when the mode is off. */
export function usePresentClientId(): string | null {
  return useContext(PresentClientContext)
}

/** Screens that show only the present client's own records (the core refuses anything else anyway). */
const PRESENT_CLIENT_PATHS = [
  '/clients/:clientId',
  '/clients/:clientId/edit',
  '/clients/:clientId/calculator',
  '/clients/:clientId/log',
]
const RECORD_PATHS = ['/forms/:documentId', '/calculations/:calculationId', '/help']

export function isAllowedWhilePresent(pathname: string, clientId: string): boolean {
  if (PRESENT_CLIENT_PATHS.some((path) => matchPath(path, pathname)?.params.clientId === clientId)) return true
  return RECORD_PATHS.some((path) => matchPath(path, pathname) !== null)
}

/** Which navigation entries to show: all of them, or in the client-present mode only Help. */
export function useNavigationAllowed(): (to: string) => boolean {
  const present = usePresentClientId()
  return useCallback((to: string) => present === null || to === '/help', [present])
}

/**
 * "Asiakas paikalla": while a client is present, every screen but theirs (their page, forms, calculator, log) leads
 * back to their page, the navigation shows no lists, and a bar offers the way out with the PIN or the passphrase.
 * Nothing renders until the mode is known, so no other client's name shows for a moment after an unlock.
 */
export function ClientPresentGate({ children }: { children: ReactNode }) {
  const status = usePrivacyStatus()
  const { pathname } = useLocation()
  if (!status.data) return null
  const present = status.data.presentClientId
  if (present !== null && !isAllowedWhilePresent(pathname, present)) {
    return <Navigate to={`/clients/${present}`} replace />
  }
  return (
    <PresentClientContext.Provider value={present}>
      {children}
      {present !== null && <PresentBar clientId={present} pinSet={status.data.pinSet} />}
    </PresentClientContext.Provider>
  )
}

function PresentBar({ clientId, pinSet }: { clientId: string; pinSet: boolean }) {
  const { t } = useTranslation()
  const [endOpen, end] = useDisclosure(false)
  return (
    // Over the navigation column, which shows nothing else in this mode (above the lock button).
    <Affix position={{ bottom: 64, left: 10 }} zIndex={150}>
      <Paper
        component="section"
        aria-label={t('privacy.present.bannerLabel')}
        data-testid="client-present-bar"
        p="sm"
        shadow="md"
        withBorder
        w={210}
        style={{ borderColor: 'var(--mantine-color-teal-9)', borderWidth: 2 }}
      >
        <Text fw={600} mb="xs">
          {t('privacy.present.banner')}
        </Text>
        <Stack gap="xs">
          <Button
            component={Link}
            to={`/clients/${clientId}`}
            variant="default"
            leftSection={<User size={18} aria-hidden />}
          >
            {t('privacy.present.clientPage')}
          </Button>
          <Button
            component={Link}
            to={`/clients/${clientId}/calculator`}
            variant="default"
            justify="flex-start"
            leftSection={<Calculator size={18} aria-hidden />}
          >
            {t('privacy.present.calculator')}
          </Button>
          <Button onClick={end.open} justify="flex-start" leftSection={<LockOpen size={18} aria-hidden />}>
            {t('privacy.present.end')}
          </Button>
        </Stack>
      </Paper>
      <EndClientPresentDialog opened={endOpen} onClose={end.close} pinSet={pinSet} />
    </Affix>
  )
}
