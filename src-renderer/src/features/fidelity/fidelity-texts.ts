import { useMemo } from 'react'
import type { FidelityPrefillItem } from '@process'
import { fidelityItemsIn, prefillExplanation } from '@shared/fidelity/i18n'
import { useLanguage } from '../../i18n/document-language'

/**
 * The IPS-25 items and the records' explanations in the language around the component: the app's language (a review
 * is the team's own document, so it is shown and printed in the coach's language, not a client's).
 */
export function useFidelityTexts() {
  const language = useLanguage()
  return useMemo(
    () => ({
      items: fidelityItemsIn(language),
      explanation: (suggestion: FidelityPrefillItem) => prefillExplanation(suggestion, language),
    }),
    [language],
  )
}
