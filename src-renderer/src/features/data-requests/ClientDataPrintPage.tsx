import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ClientDataExport, ExportedForm } from '@shared/api/data-requests-api'
import { getFormDefinitionIn } from '@shared/forms/i18n'
import { documentLanguageOf } from '@shared/i18n/languages'
import { useDocumentFormat } from '../../format/document-format'
import { AppLanguage, DocumentLanguage, useLanguage } from '../../i18n/document-language'
import { auditDetail, auditWhat } from '../audit/audit-entry-text'
import { clientName } from '../clients/client-name'
import { clientSummaryRows } from '../clients/client-summary-rows'
import { contactRecordText } from '../contacts/contact-record-text'
import { useClientLanguage } from '../forms/form-queries'
import { FormPrintBody, signatureBlocks } from '../forms/FormPrintBody'
import { PrintDocument, SignatureBlock } from '../print/PrintDocument'
import { PrintLanguageChoice, printRouteIn, usePrintLanguage } from '../print/print-language'
import { usePrintReady } from '../print/print-ready'
import { PrintToolbar } from '../print/PrintToolbar'
import { useClientDataExport } from './data-requests-queries'
import './client-data-print.css'

/**
 * A data request as one readable document: everything the app holds about the client, in the app's print layout
 * (printed, or saved as PDF in the desktop app). Fetching it is logged as an export; printing it as a print. It is
 * handed to the client, so it is in the client's language (their language of service, or the coach's choice above the
 * page); the toolbar stays in the app's language.
 */
export function ClientDataPrintPage() {
  const { clientId = '' } = useParams()
  const data = useClientDataExport(clientId)
  const clientLanguage = useClientLanguage(clientId)
  const language = usePrintLanguage(documentLanguageOf(clientLanguage.data?.asiointikieli))
  usePrintReady(data.isSuccess && !clientLanguage.isPending)
  if (!data.data || clientLanguage.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  return (
    <DocumentLanguage language={language}>
      <ClientDataDocument data={data.data} />
    </DocumentLanguage>
  )
}

function ClientDataDocument({ data }: { data: ClientDataExport }) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const { client } = data
  const route = `/print/client-data/${client.id}` as const
  const date = format.date(data.exportedAt)
  return (
    <PrintDocument
      title={t('dataRequests.print.title')}
      clientName={clientName(client)}
      meta={t('dataRequests.print.meta', { date })}
      toolbar={
        <AppLanguage>
          <PrintToolbar
            route={printRouteIn(route, format.language)}
            backTo={`/clients/${client.id}`}
            fileNameParts={[t('dataRequests.print.title'), date]}
          />
          <PrintLanguageChoice language={format.language} route={route} />
        </AppLanguage>
      }
    >
      <p>{t('dataRequests.print.intro', { date })}</p>
      <section className="print-section">
        <h2>{t('dataRequests.print.basics')}</h2>
        <dl className="print-fields">
          {clientSummaryRows(client, t, format).map(([label, value]) => (
            <div key={label} className="print-field">
              <dt>{label}</dt>
              <dd>{value || '–'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Listed title={t('dataRequests.print.phases')} items={data.phaseHistory}>
        {(entry) =>
          [
            t('dataRequests.print.phase', { phase: entry.phase, date: format.date(entry.fromDate) }),
            entry.maintenance ? t('dataRequests.print.maintenance') : '',
            entry.note ?? '',
          ]
            .filter(Boolean)
            .join(', ')
        }
      </Listed>
      <section className="print-section">
        <h2>{t('dataRequests.print.forms')}</h2>
        {data.forms.length === 0 ? <p>{t('dataRequests.print.none')}</p> : null}
        {data.forms.map((form) => (
          <ExportedFormPages key={form.documentId} form={form} />
        ))}
      </section>
      <Listed title={t('dataRequests.print.contacts')} items={data.contacts}>
        {(contact) => contactRecordText(t, contact, format)}
      </Listed>
      <Listed title={t('dataRequests.print.jobs')} items={data.jobs}>
        {(job) =>
          [
            t('dataRequests.print.job', {
              title: job.title,
              employer: job.employerName,
              start: format.date(job.startedOn),
            }),
            job.endedOn ? t('dataRequests.print.jobEnded', { date: format.date(job.endedOn) }) : '',
          ]
            .filter(Boolean)
            .join(', ')
        }
      </Listed>
      <Listed title={t('dataRequests.print.education')} items={data.education}>
        {(study) =>
          t('dataRequests.print.study', {
            institution: study.institution,
            programme: study.programme ?? '',
            start: format.date(study.startedOn),
          })
        }
      </Listed>
      <Listed title={t('dataRequests.print.calculations')} items={data.calculations}>
        {(calculation) =>
          t('dataRequests.print.calculation', {
            month: format.month(calculation.month),
            date: format.date(calculation.createdAt),
            wage: format.euro(calculation.summary.grossWage),
            before: format.euro(calculation.summary.totalBefore),
            after: format.euro(calculation.summary.totalAfter),
          })
        }
      </Listed>
      <Listed title={t('dataRequests.print.log')} items={data.audit.entries}>
        {(entry) =>
          [
            format.dateTime(entry.at),
            t(`audit.actions.${entry.action}`),
            auditWhat(entry, t),
            auditDetail(entry, t, format),
          ]
            .filter(Boolean)
            .join(' · ')
        }
      </Listed>
      <p className="print-footnote">
        {data.audit.verification.ok
          ? t('dataRequests.print.chain', { head: data.audit.verification.head.slice(0, 16) })
          : t('audit.broken', { seq: data.audit.verification.firstBadSeq })}
      </p>
    </PrintDocument>
  )
}

function Listed<T>({ title, items, children }: { title: string; items: T[]; children: (item: T) => string }) {
  const { t } = useTranslation()
  return (
    <section className="print-section">
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p>{t('dataRequests.print.none')}</p>
      ) : (
        <ul className="print-list">
          {items.map((item, index) => (
            <li key={index} style={{ whiteSpace: 'pre-line' }}>
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Every finalised version of one form with its answers and signatures, then its open draft. */
function ExportedFormPages({ form }: { form: ExportedForm }) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const language = useLanguage()
  return (
    <>
      {form.versions.map((version) => {
        const def = getFormDefinitionIn(version.formId, version.schemaVersion, language)
        if (!def) return null
        const signed = signatureBlocks(
          def,
          version.values,
          version.signatures.filter((signature) => signature.contentHash === version.contentHash),
          t,
          format,
        ).filter((block) => block.imageDataUrl || block.note)
        return (
          <article key={version.id} className="print-section">
            <h3>
              {t('dataRequests.print.version', {
                title: def.title,
                number: version.versionNumber,
                date: format.date(version.finalisedAt),
              })}
            </h3>
            <FormPrintBody def={def} values={version.values} />
            {signed.length > 0 && (
              <div className="print-signatures">
                {signed.map((block, index) => (
                  <SignatureBlock key={index} {...block} />
                ))}
              </div>
            )}
          </article>
        )
      })}
      {form.draft && <DraftPages form={form} draft={form.draft} />}
    </>
  )
}

function DraftPages({ form, draft }: { form: ExportedForm; draft: NonNullable<ExportedForm['draft']> }) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const language = useLanguage()
  const def = getFormDefinitionIn(form.formId, draft.schemaVersion, language)
  if (!def) return null
  return (
    <article className="print-section">
      <h3>{t('dataRequests.print.draft', { title: def.title, date: format.date(draft.updatedAt) })}</h3>
      <FormPrintBody def={def} values={draft.values} />
    </article>
  )
}
