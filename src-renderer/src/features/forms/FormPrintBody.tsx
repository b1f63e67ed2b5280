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
  type RowsField,
  type RowValues,
  type SectionDescriptor,
  type SimpleField,
} from '@shared/forms'
import { FINNISH_FORMAT, useDocumentFormat, type DocumentFormat } from '../../format/document-format'
import type { SignatureBlockData } from '../print/PrintDocument'
import { ConsentsPrint } from './ConsentsPrint'

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

function RowsAnswer({ field, value }: { field: RowsField; value: unknown }) {
  const { t } = useTranslation()
  const format = useDocumentFormat()
  const rows = Array.isArray(value) ? (value as RowValues[]) : []
  if (rows.length === 0) return <span className="print-empty">{t('forms.print.empty')}</span>
  // Columns nobody answered are left out; a table wider than A4 portrait can hold prints as one block per row.
  const columns = field.fields.filter(
    (sub) => !sub.print?.omit && rows.some((row) => conditionHolds(sub.visibleWhen, row) && !isEmptyValue(row[sub.id])),
  )
  const asTable =
    (field.print?.as ?? (field.fields.length > 5 ? 'list' : 'table')) === 'table' && columns.length <= MAX_TABLE_COLUMNS
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

function FieldRow({
  label,
  children,
  wide,
  labelHidden,
}: {
  label: string
  children: React.ReactNode
  wide?: boolean
  labelHidden?: boolean
}) {
  return (
    <div className={wide ? 'print-field print-field--wide' : 'print-field'}>
      <dt className={labelHidden ? 'print-visually-hidden' : undefined}>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** A tick-box statement ("Tietosuojaseloste on annettu asiakkaalle") printed as a sentence with its box. */
function Statement({ label, checked }: { label: string; checked: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="print-field print-field--statement">
      <dt>{label}</dt>
      <dd>
        <span
          className="print-box"
          data-checked={checked || undefined}
          role="img"
          aria-label={checked ? t('forms.print.checked') : t('forms.print.notChecked')}
        />
      </dd>
    </div>
  )
}

/** One field as printed: label and answer, a table or blocks of rows, consents as sentences, a ticked statement. */
export function PrintedField({
  field,
  values,
  labelHidden = false,
}: {
  field: FieldDescriptor
  values: FormValues
  labelHidden?: boolean
}) {
  const value = values[field.id]
  if (field.kind === 'consents') {
    return (
      <FieldRow label={field.label} wide labelHidden={labelHidden}>
        {/* A read-only consents field is a snapshot of another form's consents (the closure's ending ones). */}
        <ConsentsPrint field={field} value={value} ended={field.readOnly === true} />
      </FieldRow>
    )
  }
  if (field.kind === 'rows') {
    return (
      <FieldRow label={field.label} wide labelHidden={labelHidden}>
        <RowsAnswer field={field} value={value} />
      </FieldRow>
    )
  }
  if (field.kind === 'confirm') return <Statement label={field.label} checked={value === true} />
  return (
    <FieldRow label={field.label}>
      <Answer field={field} value={value} />
    </FieldRow>
  )
}

/** Place and date belong to each signer's block (written by hand until signed), never to the body. */
const SIGNING_PLACE_AND_DATE = new Set(['signingPlace', 'signingDate'])

function printedInBody(
  def: FormDefinition,
  section: SectionDescriptor,
  field: FieldDescriptor,
  signatures: 'inline' | 'blocks',
): boolean {
  if (section.role !== 'signatures') return true
  if (SIGNING_PLACE_AND_DATE.has(field.id)) return false
  if (signatures === 'inline') return true
  // On paper the copy to the client is a sentence under the signature blocks (copyToClientNote), and a name asked for
  // in the signature section (the guardian's, the interpreter's) is printed in that signer's block.
  return field.id !== 'copyGivenToClient' && !def.signers.some((signer) => signer.nameField === field.id)
}

/**
 * The printed answers of a form, section by section. On paper (`signatures: 'blocks'`) the signature section's
 * answers go with the signature blocks (`signatureBlocks`, `copyToClientNote`); inline on screen they are listed.
 */
export function FormPrintBody({
  def,
  values,
  signatures = 'inline',
}: {
  def: FormDefinition
  values: FormValues
  signatures?: 'inline' | 'blocks'
}) {
  return (
    <>
      {def.sections
        .filter((section) => conditionHolds(section.visibleWhen, values))
        .filter(
          (section) => !section.print?.omitWhenEmpty || section.fields.some((field) => !isEmptyValue(values[field.id])),
        )
        .map((section) => {
          const fields = section.fields.filter(
            (field) =>
              !field.print?.omit &&
              conditionHolds(field.visibleWhen, values) &&
              printedInBody(def, section, field, signatures),
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
              <h2>{section.heading}</h2>
              {section.print?.intro && <p className="print-intro">{section.print.intro}</p>}
              <dl className="print-fields">
                {fields.map((field) => (
                  <PrintedField
                    key={field.id}
                    field={field}
                    values={values}
                    // A group named like its section ("Toimenpiteet" under "Toimenpiteet") is not named twice.
                    labelHidden={field.label === section.heading}
                  />
                ))}
              </dl>
            </section>
          )
        })}
    </>
  )
}

/** The sentence under the signatures about the client's copy, or '' when it was not answered. */
export function copyToClientNote(values: FormValues, t: Translate): string {
  if (values.copyGivenToClient === true) return t('forms.print.copyGiven')
  if (values.copyGivenToClient === false) return t('forms.print.copyNotGiven')
  return ''
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
  return activeSigners(def, values).map((signer) => {
    const signed = signatures.find((signature) => signature.signerRole === signer.role)
    // Not signed yet: the name is printed, place and date are left blank to be written by hand.
    if (!signed) return { role: signer.label, name: readString(values, signer.nameField) }
    return {
      role: signer.label,
      name: signed.signerName,
      place: signed.place ?? '',
      date: format.date(signed.signedOn),
      imageDataUrl: signed.imageDataUrl,
      note:
        signed.method === 'paper'
          ? t('forms.print.paperNote', { date: format.date(signed.signedOn) })
          : t('forms.print.screenNote', { date: format.date(signed.signedOn) }),
    }
  })
}
