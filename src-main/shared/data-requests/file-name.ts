import type { Language } from '../i18n/languages'

const WORDS: Record<Language, string> = { fi: 'asiakkaan-tiedot', sv: 'klientens-uppgifter', en: 'client-data' }

/**
 * The suggested name of a client's data file (JSON) on the day `isoDate` ('2026-03-02'), in the app's language. No
 * client name: it would show in the system's recent files and download lists.
 */
export function clientDataFileName(isoDate: string, language: Language): string {
  return `${WORDS[language]}-${isoDate.slice(0, 10)}.json`
}
