import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  activeSigners,
  conditionHolds,
  isEmptyValue,
  readString,
  type FieldDescriptor,
  type FormDefinition,
  type FormValues,
  type RowValues,
  type SimpleField,
} from '@shared/forms'
import { FINNISH_FORMAT, useDocumentFormat, type DocumentFormat } from '../../format/document-format'
import type { SignatureBlockData } from '../print/PrintDocument'

type Translate = TFunction

const MAX_TABLE_COLUMNS = 6

/** One answer as printed text ('' when empty), with dates and numbers in the document's language. */
export function answerText(
  field: SimpleField,
  value: unknown,
  t: Translate,
  format: DocumentFormat = FINNISH_FORMAT,
): string {
  if (isEmptyValue(value)) return ''
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
      return String(value)
    case 'date':
      return format.date(String(value))
    case 'select':
    case 'radio':
      return field.options.find((option) => option.value === value)?.label ?? String(value)
    case 'checkboxes':
      return (value as string[])
        .map((item) => field.options.find((option) => option.value === item)?.label ?? item)
        .join(', ')
    case 'yesno':
      return value === true
        ? (field.yesLabel ?? t('forms.print.yes'))
        : value === false
          ? (field.noLabel ?? t('forms.print.no'))
          : ''
    case 'confirm':
      return value === true ? t('forms.print.confirmed') : t('forms.print.notConfirmed')
    case 'number':
      return `${format.number(Number(value))}${field.unit ? ` ${field.unit}` : ''}`
  }
}

function Answer({ field, value }: { field: SimpleField; value: unknown }) {
  const { t } = useTranslation()
  const text = answerText(field, value, t, useDocumentFormat())
  if (text) return <>{text}</>
  if (field.print?.blankLines) {
    return (
      <>
        {Array.from({ length: field.print.blankLines }, (_, index) => (
          <span key={index} className="print-blank" />
        ))}
      </>
    )
  }
  return <span className="print-empty">{t('forms.print.empty')}</span>
}

function RowsAnswer({
  field,
  value,
}: {
  field: Extract<FieldDescriptor, { kind: 'rows' | 'consents' }>
  value: unknown
}) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const rows = Array.isArray(value) ? (value as RowValues[]) : []
  if (rows.length === 0) return <span className="print-empty">{t('forms.print.empty')}</span>
  // Columns nobody answered are left out; a table wider than A4 portrait can hold prints as one block per row.
  const columns = field.fields.filter(
    (sub) => !sub.print?.omit && rows.some((row) => conditionHolds(sub.visibleWhen, row) && !isEmptyValue(row[sub.id])),
  )
  const asTable =
    (field.print?.as ?? (field.kind === 'consents' || field.fields.length > 5 ? 'list' : 'table')) === 'table' &&
    columns.length <= MAX_TABLE_COLUMNS
  if (asTable) {
    return (
      <table className="print-table">
        <thead>
          <tr>
            {columns.map((sub) => (
              <th key={sub.id}>{sub.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((sub) => (
                <td key={sub.id}>
                  {conditionHolds(sub.visibleWhen, row) ? answerText(sub, row[sub.id], t, format) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  return (
    <>
      {rows.map((row, index) => (
        <div key={index} className="print-row-block">
          <h3>{`${field.rowLabel} ${index + 1}`}</h3>
          <dl className="print-fields">
            {field.fields
              .filter((sub) => !sub.print?.omit && conditionHolds(sub.visibleWhen, row) && !isEmptyValue(row[sub.id]))
              .map((sub) => (
                <FieldRow key={sub.id} label={sub.label}>
                  {answerText(sub, row[sub.id], t, format)}
                </FieldRow>
              ))}
          </dl>
        </div>
      ))}
    </>
  )
}

function FieldRow({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'print-field print-field--wide' : 'print-field'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The printed answers of a form, section by section (signature lines come from `signatureBlocks`). */
export function FormPrintBody({ def, values }: { def: FormDefinition; values: FormValues }) {
  return (
    <>
      {def.sections
        .filter((section) => conditionHolds(section.visibleWhen, values))
        .filter(
          (section) => !section.print?.omitWhenEmpty || section.fields.some((field) => !isEmptyValue(values[field.id])),
        )
        .map((section) => {
          // Place and date of signing are printed in the signature blocks themselves.
          const fields = section.fields.filter(
            (field) =>
              !field.print?.omit &&
              conditionHolds(field.visibleWhen, values) &&
              !(section.role === 'signatures' && (field.id === 'signingPlace' || field.id === 'signingDate')),
          )
          if (fields.length === 0) return null
          const className = [
            'print-section',
            section.print?.keepTogether ? 'print-section--keep' : '',
            section.print?.breakBefore ? 'print-section--break' : '',
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <section key={section.id} className={className}>
              {section.role !== 'signatures' && <h2>{section.heading}</h2>}
              <dl className="print-fields">
                {fields.map((field) =>
                  field.kind === 'rows' || field.kind === 'consents' ? (
                    <FieldRow key={field.id} label={field.label} wide>
                      <RowsAnswer field={field} value={values[field.id]} />
                    </FieldRow>
                  ) : (
                    <FieldRow key={field.id} label={field.label}>
                      <Answer field={field} value={values[field.id]} />
                    </FieldRow>
                  ),
                )}
              </dl>
            </section>
          )
        })}
    </>
  )
}

export type StoredSignature = {
  signerRole: string
  signerName: string
  signedOn: string
  place: string | null
  method: 'paper' | 'screen'
  imageDataUrl: string | null
}

export function signatureBlocks(
  def: FormDefinition,
  values: FormValues,
  signatures: StoredSignature[],
  t: Translate,
  format: DocumentFormat = FINNISH_FORMAT,
): SignatureBlockData[] {
  const formatDate = format.date
  const place = typeof values.signingPlace === 'string' ? values.signingPlace : ''
  const date = typeof values.signingDate === 'string' ? formatDate(values.signingDate) : ''
  return activeSigners(def, values).map((signer) => {
    const signed = signatures.find((signature) => signature.signerRole === signer.role)
    const name = readString(values, signer.nameField)
    if (!signed) return { role: signer.label, name, place, date }
    return {
      role: signer.label,
      name: signed.signerName,
      place: signed.place ?? '',
      date: formatDate(signed.signedOn),
      imageDataUrl: signed.imageDataUrl,
      note:
        signed.method === 'paper'
          ? t('forms.print.paperNote', { date: formatDate(signed.signedOn) })
          : t('forms.print.screenNote', { date: formatDate(signed.signedOn) }),
    }
  })
}
