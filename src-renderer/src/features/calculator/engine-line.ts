import { useCallback } from 'react'
import { engineTextIn } from '@shared/calculator/engine-text-in'
import { useLanguage } from '../../i18n/document-language'

/**
 * The engine's explanation and warning lines in the language of the words around (the app's, or a printout's).
 * A line without a translation stays Finnish and is reported as a console warning (engine-phrases.test.ts normally
 * catches it first).
 */
export function useEngineLine(): (line: string) => string {
  const language = useLanguage()
  return useCallback(
    (line: string) => {
      const { text, translated } = engineTextIn(line, language)
      if (!translated) console.warn('[i18n] an engine line has no translation yet')
      return text
    },
    [language],
  )
}
