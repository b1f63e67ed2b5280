import { useTranslation } from 'react-i18next'
import { isEmptyValue, readConsentRows, type ConsentRow, type ConsentsField, type SimpleField } from '@shared/forms'
import { useDocumentFormat } from '../../format/document-format'
import '../print/print.css'

type Direction = 'give' | 'receive' | 'both'

const DIRECTIONS: readonly string[] = ['give', 'receive', 'both'] satisfies Direction[]

function subField(field: ConsentsField, id: string): SimpleField | undefined {
  return field.fields.find((sub) => sub.id === id)
}

function optionLabel(field: ConsentsField, id: string, value: string): string {
  const sub = subField(field, id)
  const options = sub && 'options' in sub ? sub.options : []
  return options.find((option) => option.value === value)?.label ?? value
}

/**
 * Consent rows as sentences a client reads before signing ("Asiakas suostuu siihen, että…"), not as a table of
 * answers. `ended` words them in the past (the closure form's snapshot of the consents that end). An unanswered row
 * prints two boxes to tick by hand.
 */
export function ConsentsPrint({
  field,
  value,
  ended = false,
}: {
  field: ConsentsField
  value: unknown
  ended?: boolean
}) {
  const { t } = useTranslation()
  const rows = readConsentRows({ rows: value }, 'rows')
  if (rows.length === 0) return <span className="print-empty">{t('forms.print.empty')}</span>
  return (
    <div className="print-consents">
      {rows.map((row, index) => (
        <ConsentBlock key={index} field={field} row={row} number={index + 1} ended={ended} />
      ))}
    </div>
  )
}

function ConsentBlock({
  field,
  row,
  number,
  ended,
}: {
  field: ConsentsField
  row: ConsentRow
  number: number
  ended: boolean
}) {
  const { t } = useTranslation()
  const { date: formatDate } = useDocumentFormat()
  const direction: Direction = DIRECTIONS.includes(row.direction) ? (row.direction as Direction) : 'both'
  const party = [row.party ? optionLabel(field, 'party', row.party) : '', row.partyName].filter(Boolean).join(' – ')
  const data = [
    ...row.dataContent.filter((item) => item !== 'other').map((item) => optionLabel(field, 'dataContent', item)),
    ...(row.dataContent.includes('other') && row.dataContentOther ? [row.dataContentOther] : []),
  ]
  const statement = ended
    ? t(`forms.print.consent.ended.${direction}`)
    : row.consent === true
      ? t(`forms.print.consent.given.${direction}`)
      : row.consent === false
        ? t(`forms.print.consent.refused.${direction}`)
        : null
  const showDetails = row.consent !== false || ended
  return (
    <div className="print-consent" data-testid="print-consent">
      <h3>{t('forms.print.consent.heading', { number, party: party || t('forms.print.empty') })}</h3>
      {statement ? (
        <p>{statement}</p>
      ) : (
        <>
          <p>{t('forms.print.consent.unanswered')}</p>
          <p className="print-choices">
            <span className="print-choice">
              <span className="print-box" aria-hidden /> {t('forms.print.consent.agree')}
            </span>
            <span className="print-choice">
              <span className="print-box" aria-hidden /> {t('forms.print.consent.disagree')}
            </span>
          </p>
        </>
      )}
      {showDetails && data.length > 0 && (
        <p>
          <strong>{t('forms.print.consent.data')}:</strong> {data.join('; ')}
        </p>
      )}
      {showDetails && !isEmptyValue(row.purpose) && (
        <p>
          <strong>{t('forms.print.consent.purpose')}:</strong> {row.purpose}
        </p>
      )}
      <p>
        {[
          showDetails && row.validity === 'until-end' ? t('forms.print.consent.untilEnd') : '',
          showDetails && row.validity === 'until-date' && row.validUntil
            ? t('forms.print.consent.untilDate', { date: formatDate(row.validUntil) })
            : '',
          row.givenOn
            ? t(row.consent === false ? 'forms.print.consent.refusedOn' : 'forms.print.consent.givenOn', {
                date: formatDate(row.givenOn),
              })
            : '',
          row.withdrawnOn ? t('forms.print.consent.withdrawnOn', { date: formatDate(row.withdrawnOn) }) : '',
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
    </div>
  )
}
