import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { FormValues } from '@shared/forms'
import { getFormDefinitionIn } from '@shared/forms/i18n'
import { documentLanguageOf, type Language } from '@shared/i18n/languages'
import { useDocumentFormat } from '../../format/document-format'
import { AppLanguage, DocumentLanguage } from '../../i18n/document-language'
import { PrintDocument } from '../print/PrintDocument'
import type { PrintRoute } from '../print/print-actions'
import { PrintLanguageChoice, printRouteIn, usePrintLanguage } from '../print/print-language'
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

/** What the running header says: a finalised version (with its content hash) or a draft. */
type Stamp = { kind: 'version'; number: number; date: string; hash: string } | { kind: 'draft'; date: string }

type PrintFormProps = {
  formId: string
  schemaVersion: number
  values: FormValues
  stamp: Stamp
  signatures: StoredSignature[]
  /** The route without a language; the page adds the one it prints in. */
  route: PrintRoute
  backTo: string
}

/**
 * A form printed in the client's language: the form's asiointikieli (Finnish, Swedish; English as a courtesy
 * translation), or the language the coach chose above the page. The app's own language does not matter here.
 */
function PrintForm(props: PrintFormProps) {
  const language = usePrintLanguage(documentLanguageOf(props.values.language))
  return (
    <DocumentLanguage language={language}>
      <PrintFormIn {...props} language={language} />
    </DocumentLanguage>
  )
}

function PrintFormIn({
  formId,
  schemaVersion,
  values,
  stamp,
  signatures,
  route,
  backTo,
  language,
}: PrintFormProps & { language: Language }) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const def = getFormDefinitionIn(formId, schemaVersion, language)
  usePrintReady(def !== undefined)
  if (!def) return null
  const clientName = typeof values.clientName === 'string' ? values.clientName : ''
  const meta =
    stamp.kind === 'version'
      ? t('forms.print.versionMeta', { number: stamp.number, date: format.date(stamp.date) })
      : t('forms.print.draftMeta', { date: format.date(stamp.date) })
  return (
    <PrintDocument
      title={def.title}
      clientName={clientName}
      meta={meta}
      toolbar={
        <AppLanguage>
          <PrintToolbar
            route={printRouteIn(route, language)}
            backTo={backTo}
            fileNameParts={[def.title, clientName, meta.replaceAll('·', '')]}
          />
          <PrintLanguageChoice language={language} route={route} />
        </AppLanguage>
      }
      signatures={signatureBlocks(def, values, signatures, t, format)}
      signaturesNote={copyToClientNote(values, t)}
      pageFooter={stamp.kind === 'version' ? t('forms.print.hash', { hash: stamp.hash.slice(0, 16) }) : undefined}
    >
      <FormPrintBody def={def} values={values} signatures="blocks" />
    </PrintDocument>
  )
}

export function PrintVersionPage() {
  const { versionId = '' } = useParams()
  const version = useFormVersion(versionId)
  if (!version.data) return <Loading />
  const v = version.data
  return (
    <PrintForm
      formId={v.formId}
      schemaVersion={v.schemaVersion}
      values={v.values}
      stamp={{ kind: 'version', number: v.versionNumber, date: v.finalisedAt, hash: v.contentHash }}
      signatures={v.signatures.filter((signature) => signature.contentHash === v.contentHash)}
      route={`/print/form/${v.id}`}
      backTo={`/forms/${v.documentId}?version=${v.id}`}
    />
  )
}

export function PrintDraftPage() {
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
      stamp={{ kind: 'draft', date: draft.updatedAt }}
      signatures={[]}
      route={`/print/draft/${documentId}`}
      backTo={`/forms/${documentId}`}
    />
  )
}
