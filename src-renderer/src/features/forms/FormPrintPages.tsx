import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { getFormDefinition, type FormValues } from '@shared/forms'
import { formatDate } from '../../format/format'
import { PrintDocument } from '../print/PrintDocument'
import { usePrintReady } from '../print/print-ready'
import { PrintToolbar } from '../print/PrintToolbar'
import { copyToClientNote, FormPrintBody, signatureBlocks, type StoredSignature } from './FormPrintBody'
import { useFormDocument, useFormVersion } from './form-queries'

function Loading() {
  return (
    <Center mih="100vh">
      <Loader aria-label="…" />
    </Center>
  )
}

type PrintFormProps = {
  formId: string
  schemaVersion: number
  values: FormValues
  meta: string
  signatures: StoredSignature[]
  route: `/print/${string}`
  backTo: string
  pageFooter?: string
}

function PrintForm({ formId, schemaVersion, values, meta, signatures, route, backTo, pageFooter }: PrintFormProps) {
  const { t } = useTranslation()
  const def = getFormDefinition(formId, schemaVersion)
  usePrintReady(def !== undefined)
  if (!def) return null
  const clientName = typeof values.clientName === 'string' ? values.clientName : ''
  return (
    <PrintDocument
      title={def.title}
      clientName={clientName}
      meta={meta}
      toolbar={
        <PrintToolbar route={route} backTo={backTo} fileNameParts={[def.title, clientName, meta.replaceAll('·', '')]} />
      }
      signatures={signatureBlocks(def, values, signatures, t)}
      signaturesNote={copyToClientNote(values, t)}
      pageFooter={pageFooter}
    >
      <FormPrintBody def={def} values={values} signatures="blocks" />
    </PrintDocument>
  )
}

export function PrintVersionPage() {
  const { t } = useTranslation()
  const { versionId = '' } = useParams()
  const version = useFormVersion(versionId)
  if (!version.data) return <Loading />
  const v = version.data
  return (
    <PrintForm
      formId={v.formId}
      schemaVersion={v.schemaVersion}
      values={v.values}
      meta={t('forms.print.versionMeta', { number: v.versionNumber, date: formatDate(v.finalisedAt) })}
      signatures={v.signatures.filter((signature) => signature.contentHash === v.contentHash)}
      route={`/print/form/${v.id}`}
      backTo={`/forms/${v.documentId}?version=${v.id}`}
      pageFooter={t('forms.print.hash', { hash: v.contentHash.slice(0, 16) })}
    />
  )
}

export function PrintDraftPage() {
  const { t } = useTranslation()
  const { documentId = '' } = useParams()
  const doc = useFormDocument(documentId)
  if (!doc.data) return <Loading />
  const draft = doc.data.draft
  if (!draft) return null
  return (
    <PrintForm
      formId={doc.data.formId}
      schemaVersion={draft.schemaVersion}
      values={draft.values}
      meta={t('forms.print.draftMeta', { date: formatDate(draft.updatedAt) })}
      signatures={[]}
      route={`/print/draft/${documentId}`}
      backTo={`/forms/${documentId}`}
    />
  )
}
