import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { FidelitySection } from '@process'
import type { FidelityReview } from '@shared/fidelity/fidelity-review-schema'
import { useDocumentFormat } from '../../format/document-format'
import { useAutoPrint } from '../print/print-ready'
import { PrintDocument } from '../print/PrintDocument'
import { PrintToolbar } from '../print/PrintToolbar'
import { scoresOf, suggestionFor } from './fidelity-form'
import { usePreviousFidelityReview, useFidelityReview } from './fidelity-queries'
import { FidelitySummary } from './FidelitySummary'
import { useFidelityTexts } from './fidelity-texts'

const SECTIONS: FidelitySection[] = ['staffing', 'organization', 'services']

/** A saved IPS-25 review on A4: the summary and comparison, every item with its score, anchor, note and evidence. */
export function FidelityPrintPage() {
  const { reviewId = '' } = useParams()
  const review = useFidelityReview(reviewId)
  const previous = usePreviousFidelityReview(review.data?.reviewedOn ?? null, reviewId)
  const ready = review.data !== undefined && previous.isFetched
  useAutoPrint(ready)
  if (!ready || !review.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="…" />
      </Center>
    )
  }
  return <FidelityPrint review={review.data} previous={previous.data ?? null} />
}

function FidelityPrint({ review, previous }: { review: FidelityReview; previous: FidelityReview | null }) {
  const { t } = useTranslation()
  const texts = useFidelityTexts()
  const format = useDocumentFormat()
  const date = format.date(review.reviewedOn)
  return (
    <PrintDocument
      title={t('fidelity.printTitle')}
      clientName={review.unit ?? ''}
      meta={t('fidelity.printMeta', { type: t(`fidelity.types.${review.reviewType}`), date })}
      toolbar={
        <PrintToolbar
          route={`/print/fidelity/${review.id}`}
          backTo={`/fidelity/${review.id}`}
          fileNameParts={[t('fidelity.printTitle'), review.unit ?? '', date].filter(Boolean)}
        />
      }
    >
      <section className="print-section">
        <h2>{t('fidelity.basics')}</h2>
        <dl className="print-fields">
          {[
            [t('fidelity.reviewedOn'), date],
            [t('fidelity.reviewers'), review.reviewers ?? ''],
            [t('fidelity.specialists'), format.number(review.employmentSpecialists, 1)],
          ].map(([label, value]) => (
            <div key={label} className="print-field">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="print-section">
        <h2>{t('fidelity.summaryTitle')}</h2>
        <FidelitySummary reviewedOn={review.reviewedOn} scores={scoresOf(review.items)} previous={previous} print />
      </section>
      {SECTIONS.map((section) => (
        <section key={section} className="print-section">
          <h2>{t(`fidelity.sections.${section}`)}</h2>
          {texts.items
            .filter((item) => item.section === section)
            .map((item) => {
              const entry = review.items[item.number - 1]!
              const suggestion = suggestionFor(review.prefill ?? undefined, item.number)
              return (
                <div key={item.number} className="print-row-block" data-testid="print-fidelity-item">
                  <h3>
                    {t('fidelity.itemHeading', { number: item.number, name: item.name })}:{' '}
                    {entry.score === null
                      ? t('fidelity.printNotScored')
                      : t('fidelity.printScore', { score: entry.score })}
                  </h3>
                  {entry.score !== null && <div>{item.anchors[entry.score] ?? t('fidelity.printBetween')}</div>}
                  {suggestion && (
                    <div>
                      <em>
                        {suggestion.suggested
                          ? t('fidelity.printSuggestion', { score: suggestion.suggested })
                          : t('fidelity.noSuggestion')}
                      </em>{' '}
                      {texts.explanation(suggestion).join(' ')}
                    </div>
                  )}
                  {entry.note && <div>{entry.note}</div>}
                </div>
              )
            })}
        </section>
      ))}
      <section className="print-section">
        <h2>{t('fidelity.strengths')}</h2>
        <p>{review.strengths ?? ''}</p>
        <h2>{t('fidelity.actionPlan')}</h2>
        <p>{review.actionPlan ?? ''}</p>
      </section>
    </PrintDocument>
  )
}
