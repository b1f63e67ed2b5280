import '../print/print.css'
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { CircleCheck, Eye, FilePen, PenLine, Printer, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PhaseSuggestion } from '../phases/PhaseSuggestion'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import type { FormDocumentView } from '@shared/api/forms-api'
import { activeSigners, readString } from '@shared/forms'
import { getFormDefinitionIn } from '@shared/forms/i18n'
import { useLanguage } from '../../i18n/document-language'
import { useApi } from '../../api/api-context'
import { formatDate } from '../../format/format'
import { clientName } from '../clients/client-name'
import { useClient } from '../clients/client-queries'
import { isElectron, printRoute } from '../print/print-actions'
import { FormEditor } from './FormEditor'
import { FormPrintBody } from './FormPrintBody'
import { useEditVersion, useFormDocument, useFormVersion, useRemoveSignature } from './form-queries'
import { SignatureDialog, type SignatureTarget } from './SignatureDialog'
import layout from './form-layout.module.css'

export function FormDocumentPage() {
  const { t } = useTranslation()
  const { documentId = '' } = useParams()
  const doc = useFormDocument(documentId)
  const client = useClient(doc.data?.clientId ?? '')
  const language = useLanguage()
  if (doc.isError)
    return (
      <Alert color="orange" role="alert">
        {t('clients.notFound')}
      </Alert>
    )
  if (!doc.data || (doc.isFetching && !doc.isFetched) || !client.data) {
    return (
      <Center mih={300}>
        <Loader aria-label="…" />
      </Center>
    )
  }
  const name = clientName(client.data)
  const draft = doc.data.draft
  if (draft) {
    const def = getFormDefinitionIn(doc.data.formId, draft.schemaVersion, language)
    if (!def) return null
    return (
      <FormEditor
        key={`${documentId}-${draft.basedOnVersionId ?? ''}`}
        doc={doc.data}
        draft={draft}
        def={def}
        clientName={name}
      />
    )
  }
  return <FormVersionsView doc={doc.data} clientName={name} />
}

function FormVersionsView({ doc, clientName }: { doc: FormDocumentView; clientName: string }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const selectedId = params.get('version') ?? doc.versions[0]?.id ?? ''
  const version = useFormVersion(selectedId)
  const def = getFormDefinitionIn(doc.formId, undefined, useLanguage())
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Anchor component={Link} to={`/clients/${doc.clientId}`}>
          {t('forms.editor.back')}
        </Anchor>
        <Title order={1} mt={4}>
          {def?.title ?? doc.title}
        </Title>
        <Text size="lg" mt={4}>
          {clientName}
        </Text>
      </div>
      <Group gap="xs" aria-label={t('forms.version.versions')} role="group">
        {doc.versions.map((candidate) => (
          <Button
            key={candidate.id}
            variant={candidate.id === selectedId ? 'filled' : 'default'}
            onClick={() => setParams({ version: candidate.id }, { replace: true })}
            aria-pressed={candidate.id === selectedId}
          >
            {t('forms.version.title', { number: candidate.versionNumber })} · {formatDate(candidate.finalisedAt)}
          </Button>
        ))}
      </Group>
      {version.data && version.data.id === selectedId ? (
        <VersionDetails version={version.data} doc={doc} />
      ) : (
        <Loader aria-label="…" />
      )}
    </Stack>
  )
}

type VersionData = NonNullable<ReturnType<typeof useFormVersion>['data']>

function VersionDetails({ version, doc }: { version: VersionData; doc: FormDocumentView }) {
  const { t } = useTranslation()
  const api = useApi()
  const navigate = useNavigate()
  const editVersion = useEditVersion()
  const removeSignature = useRemoveSignature()
  const [target, setTarget] = useState<SignatureTarget | null>(null)
  const def = getFormDefinitionIn(version.formId, version.schemaVersion, useLanguage())
  if (!def) return null
  const signatures = version.signatures.filter((signature) => signature.contentHash === version.contentHash)
  const values = version.values
  const route = `/print/form/${version.id}` as const

  const edit = async () => {
    await editVersion.mutateAsync({ versionId: version.id })
    navigate(`/forms/${doc.documentId}`, { replace: true })
  }

  return (
    <Stack gap="md">
      {version.isLatest && <PhaseSuggestion clientId={doc.clientId} formId={version.formId} />}
      <div className={layout.layout}>
        <Paper withBorder p="lg" className={layout.content}>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3">
              {t('forms.version.title', { number: version.versionNumber })}
              {version.isLatest ? ` (${t('forms.version.latest')})` : ''}
            </Title>
            <Text>{t('forms.version.finalisedOn', { date: formatDate(version.finalisedAt) })}</Text>
          </Group>
          <div className="print-inline" data-testid="version-content">
            <FormPrintBody def={def} values={values} />
          </div>
        </Paper>
        <Paper component="aside" withBorder p="md" className={layout.panel} aria-label={t('forms.sign.title')}>
          <Stack gap="sm">
            {version.isLatest && (
              <Button leftSection={<FilePen size={18} aria-hidden />} onClick={() => void edit()}>
                {t('forms.version.edit')}
              </Button>
            )}
            <Button variant="default" leftSection={<Eye size={18} aria-hidden />} onClick={() => navigate(route)}>
              {t('forms.editor.preview')}
            </Button>
            <Button
              variant="default"
              leftSection={<Printer size={18} aria-hidden />}
              onClick={() => (isElectron() ? void printRoute(api.transport, route) : navigate(route))}
            >
              {t('forms.editor.print')}
            </Button>
            <Title order={3} size="h4" mt="sm">
              {t('forms.sign.title')}
            </Title>
            <Text size="sm">{t('forms.sign.intro')}</Text>
            {activeSigners(def, values).map((signer) => {
              const signed = signatures.find((signature) => signature.signerRole === signer.role)
              return (
                <Paper key={signer.role} withBorder p="sm" data-testid={`signer-${signer.role}`}>
                  <Group justify="space-between" gap={4}>
                    <Text fw={600}>{signer.label}</Text>
                    {!signer.required && <Text size="sm">({t('forms.sign.optional')})</Text>}
                  </Group>
                  {signed ? (
                    <Stack gap={4} mt={4}>
                      <Group gap={6} wrap="nowrap">
                        <CircleCheck size={18} color="var(--mantine-color-teal-9)" aria-hidden />
                        <Text size="sm" c="teal.9" fw={600}>
                          {t(signed.method === 'screen' ? 'forms.sign.signedOnScreen' : 'forms.sign.signedOnPaper', {
                            date: formatDate(signed.signedOn),
                          })}
                        </Text>
                      </Group>
                      <Text size="sm">{signed.signerName}</Text>
                      {signed.imageDataUrl && (
                        <img
                          src={signed.imageDataUrl}
                          alt={t('forms.print.signatureImage', { name: signed.signerName })}
                          style={{ maxWidth: '100%', maxHeight: 60 }}
                        />
                      )}
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        c="red.9"
                        leftSection={<Trash2 size={14} aria-hidden />}
                        onClick={() => removeSignature.mutate({ signatureId: signed.id })}
                      >
                        {t('forms.sign.remove')}
                      </Button>
                    </Stack>
                  ) : (
                    <Stack gap={4} mt={4}>
                      <Text size="sm">{t('forms.sign.missing')}</Text>
                      <Button
                        size="compact-md"
                        leftSection={<PenLine size={16} aria-hidden />}
                        onClick={() =>
                          setTarget({
                            role: signer.role,
                            roleLabel: signer.label,
                            name: readString(values, signer.nameField),
                            place: String(values.signingPlace ?? ''),
                            method: 'screen',
                          })
                        }
                        aria-label={`${t('forms.sign.onScreen')}: ${signer.label}`}
                      >
                        {t('forms.sign.onScreen')}
                      </Button>
                      <Button
                        size="compact-md"
                        variant="default"
                        onClick={() =>
                          setTarget({
                            role: signer.role,
                            roleLabel: signer.label,
                            name: readString(values, signer.nameField),
                            place: String(values.signingPlace ?? ''),
                            method: 'paper',
                          })
                        }
                        aria-label={t('forms.sign.onPaperLabel', { role: signer.label })}
                      >
                        {t('forms.sign.onPaper')}
                      </Button>
                    </Stack>
                  )}
                </Paper>
              )
            })}
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('forms.version.hash')}: {version.contentHash.slice(0, 16)}. {t('forms.version.hashHelp')}
            </Text>
          </Stack>
        </Paper>
        <SignatureDialog
          target={target}
          versionId={version.id}
          contentHash={version.contentHash}
          onClose={() => setTarget(null)}
          onSaved={() => setTarget(null)}
        />
      </div>
    </Stack>
  )
}
