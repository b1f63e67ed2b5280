import { ActionIcon, Anchor, Badge, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { Copy, Pencil } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Contact } from '@shared/contacts/contact-schema'
import { TIMELINE_GROUPS, type TimelineGroup, type TimelineItem } from '@shared/timeline/timeline-types'
import { copyText } from '../../clipboard/copy-text'
import { translateFormTitle } from '@shared/forms/i18n'
import { useDocumentFormat } from '../../format/document-format'
import { formatDate } from '../../format/format'
import { useLanguage } from '../../i18n/document-language'
import { ContactDialog } from '../contacts/ContactDialog'
import { contactRecordText } from '../contacts/contact-record-text'
import { useClientTimeline } from './timeline-queries'

/** Everything recorded about the client, newest first: contacts, forms, phases, work and studies, calculations. */
export function ClientTimelineSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation()
  const timeline = useClientTimeline(clientId)
  const [group, setGroup] = useState<TimelineGroup | 'all'>('all')
  const [editing, setEditing] = useState<Contact | null>(null)
  const items = (timeline.data ?? []).filter((item) => group === 'all' || item.group === group)
  return (
    <Paper
      p="lg"
      withBorder
      component="section"
      aria-labelledby="client-timeline-heading"
      data-testid="client-timeline"
    >
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="client-timeline-heading">
          {t('process.timeline.title')}
        </Title>
        <SegmentedControl
          aria-label={t('process.timeline.filter')}
          value={group}
          onChange={(value) => setGroup(value as TimelineGroup | 'all')}
          data={[
            { value: 'all', label: t('process.timeline.all') },
            ...TIMELINE_GROUPS.map((value) => ({ value, label: t(`process.timeline.groups.${value}`) })),
          ]}
        />
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">{group === 'all' ? t('process.timeline.empty') : t('process.timeline.emptyFiltered')}</Text>
      ) : (
        <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <TimelineRow key={`${item.kind}-${item.id}`} item={item} onEdit={setEditing} />
          ))}
        </Stack>
      )}
      <ContactDialog opened={editing !== null} onClose={() => setEditing(null)} clientId={clientId} contact={editing} />
    </Paper>
  )
}

function TimelineRow({ item, onEdit }: { item: TimelineItem; onEdit: (contact: Contact) => void }) {
  const { t } = useTranslation()
  return (
    <Group
      component="li"
      align="flex-start"
      wrap="nowrap"
      gap="md"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid={`timeline-${item.kind}`}
    >
      <Text w={96} fw={600} style={{ flexShrink: 0 }}>
        {formatDate(item.on)}
      </Text>
      <Badge variant="outline" color="gray.8" w={130} style={{ flexShrink: 0 }}>
        {t(`process.timeline.groups.${item.group}`)}
      </Badge>
      <div style={{ flex: 1, minWidth: 0 }}>
        {item.kind === 'contact' ? (
          <ContactSummary contact={item.contact} onEdit={onEdit} />
        ) : (
          <EventText item={item} />
        )}
      </div>
    </Group>
  )
}

function EventText({ item }: { item: Exclude<TimelineItem, { kind: 'contact' }> }) {
  const { t } = useTranslation()
  const language = useLanguage()
  switch (item.kind) {
    case 'form':
      return (
        <Anchor component={Link} to={`/forms/${item.documentId}`} c="teal.9">
          {t('process.timeline.kinds.form', {
            title: translateFormTitle(item.title, language),
            version: item.versionNumber,
          })}
        </Anchor>
      )
    case 'phase':
      return (
        <Text>
          {t(item.maintenance ? 'process.timeline.kinds.phaseMaintenance' : 'process.timeline.kinds.phase', {
            phase: t(`phases.long.${item.phase}`),
          })}
          {item.note && ` – ${item.note}`}
        </Text>
      )
    case 'job-start':
    case 'job-end':
      return (
        <Text>
          {t(item.kind === 'job-start' ? 'process.timeline.kinds.jobStart' : 'process.timeline.kinds.jobEnd', {
            title: item.title,
            employer: item.employerName,
          })}
        </Text>
      )
    case 'education-start':
    case 'education-end':
      return (
        <Text>
          {t(
            item.kind === 'education-start'
              ? 'process.timeline.kinds.educationStart'
              : 'process.timeline.kinds.educationEnd',
            { name: [item.institution, item.programme].filter(Boolean).join(', ') },
          )}
        </Text>
      )
    case 'calculation':
      return (
        <Anchor component={Link} to={`/calculations/${item.id}`} c="teal.9">
          {t('process.timeline.kinds.calculation', { month: item.month.split('-').reverse().join('/') })}
        </Anchor>
      )
  }
}

function ContactSummary({ contact, onEdit }: { contact: Contact; onEdit: (contact: Contact) => void }) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const date = formatDate(contact.onDate)
  const copy = async () => {
    const copied = await copyText(contactRecordText(t, contact, format))
    notifications.show(
      copied
        ? { color: 'teal', message: t('process.contacts.copied') }
        : { color: 'red', message: t('process.contacts.copyFailed') },
    )
  }
  const heading = [
    t(`process.contacts.withWhomLabels.${contact.withWhom}`) +
      (contact.employerName ? ` (${contact.employerName})` : ''),
    t(`process.contacts.modes.${contact.mode}`).toLowerCase(),
    contact.durationMinutes ? t('process.contacts.minutes', { count: contact.durationMinutes }) : '',
    contact.procedureCode?.code ?? '',
    contact.reached ? '' : t('process.contacts.notReached'),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <div style={{ minWidth: 0 }}>
        <Text fw={600}>{heading}</Text>
        {contact.note && (
          <Text style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
            {contact.note}
          </Text>
        )}
      </div>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('process.contacts.copyLabel', { date })}
          title={t('process.contacts.copy')}
          onClick={() => void copy()}
        >
          <Copy size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('process.contacts.editLabel', { date })}
          title={t('process.contacts.edit')}
          onClick={() => onEdit(contact)}
        >
          <Pencil size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </Group>
  )
}
