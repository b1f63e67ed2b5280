import { AppShell, Button, NavLink, Stack, Text } from '@mantine/core'
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
import { HashRouter, Link, Route, Routes, useMatch } from 'react-router'
import { calculatorRoutes } from '../features/calculator/calculator-routes'
import { ClientEditPage, NewClientPage } from '../features/clients/ClientEditPage'
import { ClientListPage } from '../features/clients/ClientListPage'
import { ClientPage } from '../features/clients/ClientPage'
import { employersRoutes } from '../features/employers/employers-routes'
import { formsRoutes } from '../features/forms/forms-routes'
import { HelpPage } from '../features/help/HelpPage'
import { HomePage } from '../features/home/HomePage'
import { procedureCodesRoutes } from '../features/procedure-codes/procedure-codes-routes'
import { reportsRoutes } from '../features/reports/reports-routes'
import { fidelityRoutes } from '../features/fidelity/fidelity-routes'
import { SettingsPage } from '../features/settings/SettingsPage'
import { useLockVault } from '../features/vault/lock-context'
import classes from './AppLayout.module.css'

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

const FEATURES = [formsRoutes, calculatorRoutes, employersRoutes, procedureCodesRoutes, reportsRoutes, fidelityRoutes]

export function AppLayout() {
  return (
    <HashRouter>
      <Routes>
        {FEATURES.flatMap((feature) => feature.print).map(({ path, element }) => (
          <Route key={path} path={path} element={element} />
        ))}
        <Route path="*" element={<MainLayout />} />
      </Routes>
    </HashRouter>
  )
}

function MainLayout() {
  const { t } = useTranslation()
  const lock = useLockVault()
  return (
    <AppShell navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <Text fw={700} size="lg" px="sm" py="xs">
          {t('app.name')}
        </Text>
        <Stack gap={2} mt="sm" style={{ flex: 1 }}>
          {NAVIGATION.map((item) => (
            <NavigationItem key={item.to} {...item} label={t(item.labelKey)} />
          ))}
        </Stack>
        <Button
          variant="default"
          leftSection={<Lock size={18} aria-hidden />}
          onClick={() => void lock()}
          title={t('vault.lockShortcut')}
        >
          {t('vault.lockButton')}
        </Button>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
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
