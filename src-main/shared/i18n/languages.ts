/**
 * The languages the app speaks: Finnish (the source language), Swedish (Finland's second national language; a client
 * has the right to be served in it) and English (a courtesy translation). The UI language is the coach's choice; a
 * document is printed in the client's language (a form's asiointikieli), independent of the UI.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/**
 * The language a document is printed in for a form's asiointikieli answer: Finnish, Swedish and English as such; the
 * Sámi languages and "other" have no translation, so their documents are printed in Finnish (an interpreter helps).
 */
export function documentLanguageOf(asiointikieli: unknown): Language {
  return isLanguage(asiointikieli) ? asiointikieli : 'fi'
}
