import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import {
  ChartColumn,
  Building2,
  Calculator,
  CircleHelp,
  ClipboardCheck,
  House,
  Lock,
  Settings,
  Users,
} from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { HashRouter, Link, Route, Routes, useLocation, useMatch } from 'react-router'
import { auditRoutes } from '../features/audit/audit-routes'
import { calculatorRoutes } from '../features/calculator/calculator-routes'
import { ClientEditPage, NewClientPage } from '../features/clients/ClientEditPage'
import { ClientListPage } from '../features/clients/ClientListPage'
import { ClientPage } from '../features/clients/ClientPage'
import { dataRequestsRoutes } from '../features/data-requests/data-requests-routes'
import { employersRoutes } from '../features/employers/employers-routes'
import { formsRoutes } from '../features/forms/forms-routes'
import { HelpPage } from '../features/help/HelpPage'
import { HomePage } from '../features/home/HomePage'
import { ClientPresentGate, useNavigationAllowed } from '../features/privacy/ClientPresentGate'
import { procedureCodesRoutes } from '../features/procedure-codes/procedure-codes-routes'
import { useVaultLanguage } from '../features/settings/language-queries'
import { CoachProfileReminder } from '../features/settings/CoachProfileReminder'
import { reportsRoutes } from '../features/reports/reports-routes'
import { fidelityRoutes } from '../features/fidelity/fidelity-routes'
import { SettingsPage } from '../features/settings/SettingsPage'
import { useLockVault } from '../features/vault/lock-context'
import classes from './AppLayout.module.css'
import { useNarrowLayout } from './use-narrow-layout'

const NAVIGATION = [
  { to: '/', labelKey: 'nav.home', icon: House, end: true },
  { to: '/clients', labelKey: 'nav.clients', icon: Users, end: false },
  { to: '/employers', labelKey: 'nav.employers', icon: Building2, end: false },
  { to: '/calculator', labelKey: 'nav.calculator', icon: Calculator, end: false },
  { to: '/reports', labelKey: 'nav.reports', icon: ChartColumn, end: false },
  { to: '/fidelity', labelKey: 'nav.fidelity', icon: ClipboardCheck, end: false },
  { to: '/settings', labelKey: 'nav.settings', icon: Settings, end: false },
  { to: '/help', labelKey: 'nav.help', icon: CircleHelp, end: false },
] as const

const FEATURES = [
  formsRoutes,
  calculatorRoutes,
  employersRoutes,
  procedureCodesRoutes,
  reportsRoutes,
  fidelityRoutes,
  auditRoutes,
  dataRequestsRoutes,
]

export function AppLayout() {
  useVaultLanguage()
  return (
    <HashRouter>
      <Routes>
        {FEATURES.flatMap((feature) => feature.print).map(({ path, element }) => (
          <Route key={path} path={path} element={element} />
        ))}
        <Route
          path="*"
          element={
            <ClientPresentGate>
              <MainLayout />
            </ClientPresentGate>
          }
        />
      </Routes>
    </HashRouter>
  )
}

/** Below this width (150 % and 200 % zoom on a laptop) the navigation folds into a menu behind a button. */
const NAVIGATION_BREAKPOINT = 'md' // 62em = 992 px, as useNarrowLayout

function MainLayout() {
  const { t } = useTranslation()
  const lock = useLockVault()
  const navigationAllowed = useNavigationAllowed()
  const [menuOpen, menu] = useDisclosure(false)
  const narrow = useNarrowLayout()
  const { pathname } = useLocation()
  const closeMenu = menu.close
  const shownPath = useRef(pathname)
  const menuWasOpen = useRef(menuOpen)
  menuWasOpen.current = menuOpen
  // A page chosen from the menu closes it; focus goes on to the page, not back to the top of the document.
  useEffect(() => {
    if (shownPath.current === pathname) return
    shownPath.current = pathname
    if (!menuWasOpen.current) return
    closeMenu()
    document.getElementById('main-content')?.focus()
  }, [pathname, closeMenu])
  const lockButton = (
    <Button
      variant="default"
      leftSection={<Lock size={18} aria-hidden />}
      onClick={() => void lock()}
      title={t('vault.lockShortcut')}
    >
      {t('vault.lockButton')}
    </Button>
  )
  return (
    <AppShell
      header={narrow ? { height: 56 } : undefined}
      navbar={{ width: 230, breakpoint: NAVIGATION_BREAKPOINT, collapsed: { mobile: !menuOpen } }}
      padding={narrow ? 'sm' : 'lg'}
    >
      <SkipLink />
      {narrow && (
        <AppShell.Header px="sm">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                id="menu-button"
                opened={menuOpen}
                onClick={menu.toggle}
                aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={menuOpen}
                aria-controls="main-navigation"
              />
              <Text fw={700} size="lg">
                {t('app.name')}
              </Text>
            </Group>
            {lockButton}
          </Group>
        </AppShell.Header>
      )}
      {/* Folded away (not only moved off screen) below the breakpoint, so Tab never reaches hidden links. */}
      {(!narrow || menuOpen) && (
        <AppShell.Navbar
          p="sm"
          aria-label={t('nav.label')}
          id="main-navigation"
          onKeyDown={(event) => {
            if (narrow && event.key === 'Escape') {
              closeMenu()
              document.getElementById('menu-button')?.focus()
            }
          }}
        >
          {!narrow && (
            <Text fw={700} size="lg" px="sm" py="xs">
              {t('app.name')}
            </Text>
          )}
          <Stack gap={2} mt="sm" style={{ flex: 1 }}>
            {NAVIGATION.filter((item) => navigationAllowed(item.to)).map((item) => (
              <NavigationItem key={item.to} {...item} label={t(item.labelKey)} />
            ))}
          </Stack>
          {!narrow && lockButton}
        </AppShell.Navbar>
      )}
      <AppShell.Main bg="gray.0" id="main-content" tabIndex={-1} className={classes.main}>
        <CoachProfileReminder />
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/clients" element={<ClientListPage />} />
          <Route path="/clients/new" element={<NewClientPage />} />
          <Route path="/clients/:clientId" element={<ClientPage />} />
          <Route path="/clients/:clientId/edit" element={<ClientEditPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/help" element={<HelpPage />} />
          {FEATURES.flatMap((feature) => feature.app).map(({ path, element }) => (
            <Route key={path} path={path} element={element} />
          ))}
        </Routes>
      </AppShell.Main>
    </AppShell>
  )
}

/** The first thing Tab reaches: jumps over the navigation to the page's content (no hash change: the router owns it). */
function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      href="#main-content"
      className={classes.skipLink}
      onClick={(event) => {
        event.preventDefault()
        document.getElementById('main-content')?.focus()
      }}
    >
      {t('nav.skipToContent')}
    </a>
  )
}

function NavigationItem({ to, end, label, icon: Icon }: (typeof NAVIGATION)[number] & { label: string }) {
  const active = useMatch({ path: to, end }) !== null
  return (
    <NavLink
      component={Link}
      to={to}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="filled"
      label={label}
      leftSection={<Icon size={20} aria-hidden />}
      className={classes.item}
      styles={{ label: { fontSize: '1rem' } }}
    />
  )
}
