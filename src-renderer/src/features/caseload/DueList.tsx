import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays } from '@shared/dates/dates'
import { CONTACT_THAT_CLEARS, type DueItem } from '@process'
import type { CaseloadReviewView } from '@shared/api/caseload-api'
import { formatDate } from '../../format/format'
import { ContactDialog } from '../contacts/ContactDialog'
import { LogDueContactButton } from './LogDueContactButton'
import { DueClientName } from './DueClientName'
import { dueWhen } from './due-item-text'

/** How many reminders show before "show all": the most urgent come first, and a long list would bury the page. */
const SHOWN_FIRST = 12

/** "Tämän viikon tehtävät": each reminder with its reason and the contact that clears it, one click away. */
export function DueList({ view, showNames = true }: { view: CaseloadReviewView; showNames?: boolean }) {
  const { t } = useTranslation()
  const [logging, setLogging] = useState<DueItem | null>(null)
  const [showAll, setShowAll] = useState(false)
  const due = view.review.due
  const shown = showAll ? due : due.slice(0, SHOWN_FIRST)
  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="due-title">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h3" id="due-title">
          {t('caseload.dueTitle')}
        </Title>
        <Text fw={600}>{t('caseload.dueCount', { count: due.length })}</Text>
      </Group>
      <Text mb="md">{t('caseload.dueIntro', { date: formatDate(addDays(view.today, 7)) })}</Text>
      {due.length === 0 ? (
        <Text data-testid="no-due">{t('caseload.noneDue')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="due-list">
          {shown.map((item) => (
            <Paper
              component="li"
              key={`${item.clientId}-${item.kind}`}
              p="md"
              bg={item.overdue ? 'red.0' : 'gray.0'}
              data-testid="due-item"
            >
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Stack gap={4} style={{ flex: '1 1 24rem' }}>
                  <Group gap="sm">
                    <Badge
                      size="lg"
                      tt="none"
                      variant={item.overdue ? 'filled' : 'outline'}
                      color={item.overdue ? 'red.9' : 'teal.9'}
                      bg={item.overdue ? undefined : 'white'}
                      title={t('caseload.dueDate', { date: formatDate(item.dueOn) })}
                    >
                      {dueWhen(t, item, view.today)}
                    </Badge>
                    {showNames && <DueClientName clientId={item.clientId} name={view.names[item.clientId]} />}
                  </Group>
                  <Text fw={700}>{t(`caseload.kinds.${item.kind}.title`)}</Text>
                  <Text>{t(`caseload.kinds.${item.kind}.why`)}</Text>
                </Stack>
                <LogDueContactButton item={item} onClick={() => setLogging(item)} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {shown.length < due.length && (
        <Button variant="default" mt="sm" onClick={() => setShowAll(true)}>
          {t('caseload.showAll', { count: due.length })}
        </Button>
      )}
      <ContactDialog
        opened={logging !== null}
        onClose={() => setLogging(null)}
        clientId={logging?.clientId ?? null}
        initialWith={logging ? CONTACT_THAT_CLEARS[logging.kind].with : undefined}
      />
    </Paper>
  )
}
