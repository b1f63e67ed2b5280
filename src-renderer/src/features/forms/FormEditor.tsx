import { Alert, Anchor, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { usePanelBelow } from '../../app/use-narrow-layout'
import { notifications } from '@mantine/notifications'
import { CheckCheck, Eye, Printer, Trash2 } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { FormDocumentView } from '@shared/api/forms-api'
import { fieldLabelForPath, type FinaliseIssue, type FormDefinition, type FormValues } from '@shared/forms'
import { useApi } from '../../api/api-context'
import { formatTime } from '../../format/format'
import { validationText } from '../../i18n/validation-text'
import { isElectron, printRoute } from '../print/print-actions'
import { useDraftAutosave, type SaveState } from './autosave'
import { fieldDomId, FormSection } from './FormFields'
import { useDiscardDraft, useFinaliseForm } from './form-queries'
import layout from './form-layout.module.css'

type Draft = NonNullable<FormDocumentView['draft']>

/** Focuses the field of a problem: its own control, or the nearest enclosing field (a rows group). */
export function focusField(path: string) {
  const parts = path.split('.')
  for (let length = parts.length; length > 0; length--) {
    const wrapper = document.getElementById(fieldDomId(parts.slice(0, length).join('.')))
    if (!wrapper) continue
    wrapper.scrollIntoView({ block: 'center' })
    const control = wrapper.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button')
    control?.focus()
    return
  }
}

export function FormEditor({
  doc,
  draft,
  def,
  clientName,
}: {
  doc: FormDocumentView
  draft: Draft
  def: FormDefinition
  clientName: string
}) {
  const { t } = useTranslation()
  const api = useApi()
  const navigate = useNavigate()
  const finaliseForm = useFinaliseForm()
  const discardDraftMutation = useDiscardDraft()
  const form = useForm<FormValues>({ defaultValues: draft.values, shouldFocusError: false })
  const autosave = useDraftAutosave(doc.documentId, draft.updatedAt, () => form.getValues())
  const [issues, setIssues] = useState<FinaliseIssue[]>([])
  const [busy, setBusy] = useState(false)
  const [discardOpen, discard] = useDisclosure(false)
  const panelBelow = usePanelBelow()
  const problemsRef = useRef<HTMLDivElement>(null)
  const { changed } = autosave
  const issueText = (issue: FinaliseIssue) => validationText(t, issue.message, issue.values)

  useEffect(() => {
    const subscription = form.watch((_values, info) => {
      if (info.type === 'change' || info.name !== undefined) changed()
    })
    return () => subscription.unsubscribe()
  }, [form, changed])

  const basedOn = doc.versions.find((version) => version.id === draft.basedOnVersionId)

  const finalise = async () => {
    setBusy(true)
    try {
      await autosave.flush()
      const result = await finaliseForm.mutateAsync({ documentId: doc.documentId, values: form.getValues() })
      if (!result.ok) {
        form.clearErrors()
        // The fields show these errors as they are: their words, not keys (the values belong to the issue).
        for (const issue of result.issues) form.setError(issue.path, { type: 'finalise', message: issueText(issue) })
        setIssues(result.issues)
        requestAnimationFrame(() => problemsRef.current?.focus())
        return
      }
      setIssues([])
      notifications.show({
        closeButtonProps: { 'aria-label': t('forms.closeNotification') },
        message: t('forms.editor.finalised', { number: result.versionNumber }),
      })
      navigate(`/forms/${doc.documentId}?version=${result.versionId}`, { replace: true })
    } finally {
      setBusy(false)
    }
  }

  const preview = async () => {
    await autosave.flush()
    navigate(`/print/draft/${doc.documentId}`)
  }

  const print = async () => {
    await autosave.flush()
    if (isElectron()) await printRoute(api.transport, `/print/draft/${doc.documentId}`)
    else navigate(`/print/draft/${doc.documentId}`)
  }

  const discardDraft = async () => {
    discard.close()
    const result = await discardDraftMutation.mutateAsync({ documentId: doc.documentId })
    navigate(result.documentDeleted ? `/clients/${doc.clientId}` : `/forms/${doc.documentId}`, { replace: true })
  }

  const sections = def.sections

  return (
    <FormProvider {...form}>
      <div className={layout.layout}>
        <Stack gap="lg" className={layout.content}>
          <div>
            <Anchor component={Link} to={`/clients/${doc.clientId}`} size="md">
              {t('forms.editor.back')}
            </Anchor>
            <Title order={1} mt={4}>
              {def.title}
            </Title>
            <Text size="lg" mt={4}>
              {clientName}
            </Text>
            <Text c="dimmed" mt={4}>
              {def.purpose}
            </Text>
          </div>
          {basedOn && (
            <Alert color="blue" variant="light">
              {t('forms.editor.basedOnVersion', { number: basedOn.versionNumber })}
            </Alert>
          )}
          {issues.length > 0 && (
            <Alert
              color="red"
              variant="light"
              title={t('forms.editor.problemsTitle')}
              ref={problemsRef}
              tabIndex={-1}
              data-testid="finalise-problems"
              styles={{ title: { color: 'var(--mantine-color-red-9)', fontSize: '1.0625rem' } }}
            >
              <Text mb="xs">{t('forms.editor.problemsIntro')}</Text>
              <List spacing={4}>
                {issues.map((issue) => (
                  <List.Item key={`${issue.path}-${issue.message}`}>
                    <Anchor
                      component="button"
                      type="button"
                      c="red.9"
                      onClick={() => focusField(issue.path)}
                      style={{ textAlign: 'left' }}
                    >
                      {fieldLabelForPath(def, issue.path)}: {issueText(issue)}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <form
            onSubmit={(event) => event.preventDefault()}
            onBlur={() => void autosave.flush()}
            aria-label={def.title}
            noValidate
          >
            <Stack gap="lg">
              {sections.map((section) => (
                <FormSection key={section.id} section={section} />
              ))}
            </Stack>
          </form>
          {/* The panel is under the form, so the save state stays in sight at the bottom while typing. */}
          {panelBelow && (
            <div className={layout.statusBar}>
              <SaveStateText state={autosave.state} />
            </div>
          )}
        </Stack>

        <Paper component="aside" withBorder p="md" className={layout.panel} aria-label={t('forms.editor.actions')}>
          <Stack gap="md">
            {!panelBelow && <SaveStateText state={autosave.state} />}
            <Button
              leftSection={<CheckCheck size={18} aria-hidden />}
              onClick={() => void finalise()}
              loading={busy}
              size="md"
            >
              {t('forms.editor.finalise')}
            </Button>
            <Button variant="default" leftSection={<Eye size={18} aria-hidden />} onClick={() => void preview()}>
              {t('forms.editor.preview')}
            </Button>
            <Button variant="default" leftSection={<Printer size={18} aria-hidden />} onClick={() => void print()}>
              {t('forms.editor.print')}
            </Button>
            <nav aria-label={t('forms.editor.sectionsNav')}>
              <Text fw={700} mb={4}>
                {t('forms.editor.sectionsNav')}
              </Text>
              <Stack gap={2}>
                {sections.map((section) => (
                  <Anchor
                    key={section.id}
                    component="button"
                    type="button"
                    ta="left"
                    onClick={() => {
                      const element = document.getElementById(`section-${section.id}`)
                      element?.scrollIntoView({ block: 'start' })
                      element
                        ?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button')
                        ?.focus({ preventScroll: true })
                    }}
                  >
                    {section.heading}
                  </Anchor>
                ))}
              </Stack>
            </nav>
            <Button
              variant="subtle"
              color="red"
              c="red.9"
              leftSection={<Trash2 size={16} aria-hidden />}
              onClick={discard.open}
            >
              {t('forms.editor.discard')}
            </Button>
          </Stack>
        </Paper>
      </div>
      <Modal
        opened={discardOpen}
        onClose={discard.close}
        title={t('forms.editor.discardTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        <Text mb="md">{t('forms.editor.discardText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={discard.close}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={() => void discardDraft()}>
            {t('forms.editor.discard')}
          </Button>
        </Group>
      </Modal>
    </FormProvider>
  )
}

function SaveStateText({ state }: { state: SaveState }) {
  const { t } = useTranslation()
  const text =
    state.kind === 'saved'
      ? t('forms.editor.saveState.saved', { time: formatTime(state.at) })
      : t(`forms.editor.saveState.${state.kind}`)
  return (
    <Text
      role="status"
      aria-live="polite"
      data-testid="save-state"
      c={state.kind === 'error' ? 'red.9' : undefined}
      fw={500}
    >
      {text}
    </Text>
  )
}
