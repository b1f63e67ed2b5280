import { Button, Group, NativeSelect, Pagination, Paper, Switch, Text, TextInput, Title } from '@mantine/core'
import { Plus, Search } from 'lucide-react'
import { useIsFetching } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useNavigationType, useSearchParams } from 'react-router'
import { IPS_PHASES } from '@shared/clients/client-schema'
import { usePacedValue } from '../../queries/use-paced-value'
import {
  CLIENT_LIST_PAGE_SIZE,
  listInputOf,
  paramsOfView,
  viewFromParams,
  type ClientListView,
} from './client-list-params'
import { clientKeys, useClientPage } from './client-queries'
import { ClientTable } from './ClientTable'

/** Navigations the list makes itself (search, filters, page) carry this state; a link to the list does not. */
const OWN = { clientList: true }
const SEARCH_ADDRESS_PAUSE_MS = 400

/**
 * The register, a page at a time: the core returns one page and the total, so the screen costs the same at 20 and at
 * 10 000 clients. Filters and page live in the address (the home page links to a phase; Back returns to the page).
 * A link to the list or Back/Forward starts it afresh from the address; its own changes keep the field as typed.
 */
export function ClientListPage() {
  const location = useLocation()
  const navigationType = useNavigationType()
  const [seenKey, setSeenKey] = useState(location.key)
  // Counted, not the location's key: Back can return to the very entry the screen was started from.
  const [starts, setStarts] = useState(0)
  if (seenKey !== location.key) {
    setSeenKey(location.key)
    const own = (location.state as typeof OWN | null)?.clientList === true
    if (navigationType === 'POP' || !own) setStarts(starts + 1)
  }
  return <ClientList key={starts} />
}

function ClientList() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  // The screen's own state while it is open (the router applies address changes in a transition, too late for a
  // switch or a field); the address mirrors it, and a link or Back/Forward starts the screen afresh from the address.
  const [initial] = useState(() => viewFromParams(params))
  const [filters, setFilters] = useState(initial)
  // What is typed shows at once; the search follows at the pace of the answers.
  const [typed, setTyped] = useState(initial.search)
  const searched = usePacedValue(typed, useIsFetching({ queryKey: clientKeys.lists() }) > 0)
  // A page belongs to the search it was chosen for: a new search starts from the first page.
  const shown: ClientListView = {
    ...filters,
    search: searched,
    page: filters.search.trim() === searched.trim() ? filters.page : 1,
  }
  const list = useClientPage(listInputOf(shown))
  const address = paramsOfView(shown).toString()
  const addressed = useRef({ address, push: false })
  const writeAddress = () => {
    if (addressed.current.address === address) return
    // A filter or page the coach chose is a step Back returns from; the search as it is typed only replaces.
    setParams(address, { replace: !addressed.current.push, state: OWN })
    addressed.current = { address, push: false }
  }
  useEffect(() => {
    if (addressed.current.address === address) return
    if (addressed.current.push) return writeAddress()
    // The search as it is typed reaches the address once typing pauses: every address change renders the whole app
    // again, which cost a third of each search keystroke's time. A click (a client, "new client") writes it first.
    const timer = setTimeout(writeAddress, SEARCH_ADDRESS_PAUSE_MS)
    return () => clearTimeout(timer)
  })
  const show = (change: Partial<ClientListView>) => {
    addressed.current.push = true
    setFilters({ ...shown, page: 1, ...change })
  }

  const page = list.data
  const total = page?.total ?? 0
  const pages = Math.max(1, Math.ceil(total / CLIENT_LIST_PAGE_SIZE))
  const first = (shown.page - 1) * CLIENT_LIST_PAGE_SIZE + 1
  const filtered = shown.search.trim() !== '' || shown.phase !== undefined || shown.status !== undefined
  const number = (value: number) => value.toLocaleString(i18n.language)

  return (
    <div onClickCapture={writeAddress}>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t('clients.title')}</Title>
        <Button leftSection={<Plus size={18} aria-hidden />} size="md" onClick={() => navigate('/clients/new')}>
          {t('clients.new')}
        </Button>
      </Group>
      <Paper p="md" withBorder>
        <Group align="flex-end" mb="md" wrap="wrap">
          <TextInput
            label={t('clients.search')}
            placeholder={t('clients.searchPlaceholder')}
            leftSection={<Search size={18} aria-hidden />}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoFocus
            size="md"
            style={{ flex: 1, minWidth: 240 }}
            type="search"
          />
          <NativeSelect
            label={t('clients.fields.phase')}
            size="md"
            value={shown.phase === undefined ? '' : String(shown.phase)}
            onChange={(event) => {
              const value = event.currentTarget.value
              show({ phase: value === '' ? undefined : value === 'none' ? 'none' : (Number(value) as 1) })
            }}
            data={[
              { value: '', label: t('clients.filters.allPhases') },
              ...IPS_PHASES.map((phase) => ({ value: String(phase), label: t(`phases.short.${phase}`) })),
              { value: 'none', label: t('clients.noPhase') },
            ]}
          />
          <NativeSelect
            label={t('clients.fields.status')}
            size="md"
            value={shown.status ?? ''}
            onChange={(event) => show({ status: (event.currentTarget.value || undefined) as ClientListView['status'] })}
            data={[
              { value: '', label: t('clients.filters.allStatuses') },
              { value: 'open', label: t('clients.filters.open') },
              { value: 'active', label: t('clients.status.active') },
              { value: 'waiting', label: t('clients.status.waiting') },
              { value: 'closed', label: t('clients.status.closed') },
            ]}
          />
          <Switch
            label={t('clients.showArchived')}
            checked={shown.archived === 'include'}
            onChange={(event) => show({ archived: event.currentTarget.checked ? 'include' : 'exclude' })}
            mb={10}
          />
        </Group>
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite" data-testid="client-count">
          {t('clients.count', { count: total, formatted: number(total) })}
          {total > CLIENT_LIST_PAGE_SIZE &&
            ` · ${t('clients.showing', { from: number(first), to: number(Math.min(total, first + CLIENT_LIST_PAGE_SIZE - 1)) })}`}
        </Text>
        {page && page.items.length > 0 && <ClientTable items={page.items} />}
        {list.isSuccess && page?.items.length === 0 && (
          <Text py="lg" ta="center">
            {filtered ? t('clients.noMatches') : t('clients.empty')}
          </Text>
        )}
        {pages > 1 && (
          <Group justify="center" mt="md">
            <Pagination
              total={pages}
              value={Math.min(shown.page, pages)}
              onChange={(value) => {
                show({ page: value })
                window.scrollTo({ top: 0 })
              }}
              size="md"
              aria-label={t('clients.pages')}
              getItemProps={(value) => ({ 'aria-label': t('clients.page', { page: value }) })}
              getControlProps={(control) => ({ 'aria-label': t(`clients.pageControls.${control}`) })}
            />
          </Group>
        )}
      </Paper>
    </div>
  )
}
